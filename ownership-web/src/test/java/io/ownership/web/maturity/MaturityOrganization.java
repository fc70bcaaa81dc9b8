package io.ownership.web.maturity;

import java.util.Set;
import java.util.UUID;

import io.ownership.core.account.AccountService;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.ProductDefinition;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;

/**
 * Two teams with unique names for one test class: team A with a member, an active
 * champion and a product owner; team B with a member and an active champion; a security
 * manager, an auditor and an administrator of no team.
 */
final class MaturityOrganization {

	private static final Actor PROGRAM = new Actor("system", Set.of(Role.SECURITY_MANAGER));

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
		this.team = catalog.createTeam(Actor.SYSTEM, "Team A " + this.suffix, TeamKind.DEVELOPMENT, null);
		this.otherTeam = catalog.createTeam(Actor.SYSTEM, "Team B " + this.suffix, TeamKind.DEVELOPMENT, null);
		this.memberPerson = person(accounts, catalog, this.member, Role.TEAM_MEMBER);
		catalog.addMember(Actor.SYSTEM, this.team.id(), this.memberPerson.id(), "Developer");
		Person championPerson = person(accounts, catalog, this.champion, Role.TEAM_MEMBER);
		catalog.addMember(Actor.SYSTEM, this.team.id(), championPerson.id(), "Developer");
		champions.activate(PROGRAM, champions.nominate(PROGRAM, championPerson.id(), this.team.id()).id());
		Person poPerson = person(accounts, catalog, this.po, Role.PRODUCT_OWNER);
		catalog.defineProduct(Actor.SYSTEM, new ProductDefinition("Product " + this.suffix,
				ProductKind.BUSINESS_SERVICE, null, this.team.id(), poPerson.id(), poPerson.id(), Set.of()));
		Person other = person(accounts, catalog, this.otherMember, Role.TEAM_MEMBER);
		catalog.addMember(Actor.SYSTEM, this.otherTeam.id(), other.id(), "Developer");
		Person otherChampionPerson = person(accounts, catalog, this.otherChampion, Role.TEAM_MEMBER);
		catalog.addMember(Actor.SYSTEM, this.otherTeam.id(), otherChampionPerson.id(), "Developer");
		champions.activate(PROGRAM, champions.nominate(PROGRAM, otherChampionPerson.id(), this.otherTeam.id()).id());
		person(accounts, catalog, this.manager, Role.SECURITY_MANAGER);
		person(accounts, catalog, this.auditor, Role.AUDITOR);
		person(accounts, catalog, this.admin, Role.ADMIN);
	}

	private Person person(AccountService accounts, CatalogService catalog, String username, Role role) {
		var account = accounts.createDemoAccount(username, username, "a-long-password-1", Set.of(role));
		return catalog.registerPerson(Actor.SYSTEM, username, username + "@example.org", account.id());
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
