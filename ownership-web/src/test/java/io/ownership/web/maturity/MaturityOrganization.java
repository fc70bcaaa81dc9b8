package io.ownership.web.maturity;

import java.util.UUID;

import io.ownership.core.account.AccountService;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.Team;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.shared.Role;
import io.ownership.web.support.CatalogFixture;

/**
 * Two teams with unique names for one test class: team A with a member, an active
 * champion and a product owner; team B with a member and an active champion; a security
 * manager, an auditor and an administrator of no team.
 */
final class MaturityOrganization {

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final String member = "mem-" + this.suffix;

	final String champion = "cha-" + this.suffix;

	final String po = "po-" + this.suffix;

	final String otherMember = "omem-" + this.suffix;

	final String otherChampion = "ocha-" + this.suffix;

	final String manager = "mgr-" + this.suffix;

	final String auditor = "aud-" + this.suffix;

	final String admin = "adm-" + this.suffix;

	final Team team;

	final Team otherTeam;

	final Person memberPerson;

	MaturityOrganization(AccountService accounts, CatalogService catalog, ChampionService champions) {
		CatalogFixture fixture = new CatalogFixture(catalog, accounts);
		this.team = fixture.team("Team A " + this.suffix);
		this.otherTeam = fixture.team("Team B " + this.suffix);
		this.memberPerson = fixture.member(this.team, fixture.user(this.member, Role.TEAM_MEMBER));
		CatalogFixture.champion(champions, fixture.member(this.team, fixture.user(this.champion, Role.TEAM_MEMBER)),
				this.team);
		fixture.ownedProduct("Product " + this.suffix, this.team.id(), fixture.user(this.po, Role.PRODUCT_OWNER));
		fixture.member(this.otherTeam, fixture.user(this.otherMember, Role.TEAM_MEMBER));
		CatalogFixture.champion(champions,
				fixture.member(this.otherTeam, fixture.user(this.otherChampion, Role.TEAM_MEMBER)), this.otherTeam);
		fixture.user(this.manager, Role.SECURITY_MANAGER);
		fixture.user(this.auditor, Role.AUDITOR);
		fixture.user(this.admin, Role.ADMIN);
	}

	Role role(String username) {
		if (username.equals(this.manager)) {
			return Role.SECURITY_MANAGER;
		}
		if (username.equals(this.auditor)) {
			return Role.AUDITOR;
		}
		if (username.equals(this.admin)) {
			return Role.ADMIN;
		}
		if (username.equals(this.po)) {
			return Role.PRODUCT_OWNER;
		}
		return Role.TEAM_MEMBER;
	}

}
