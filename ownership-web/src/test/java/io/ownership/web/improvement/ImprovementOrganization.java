package io.ownership.web.improvement;

import java.util.Set;
import java.util.UUID;

import io.ownership.core.account.AccountService;
import io.ownership.core.shared.Role;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.Team;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.shared.Actor;
import io.ownership.web.support.CatalogFixture;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Two teams with unique names for one test class: team A with a member (who owns the
 * actions the tests open), an active champion and the product owner of its product; team
 * B with a member and the product owner of its product; a security manager, an auditor
 * and an administrator of no team.
 */
final class ImprovementOrganization {

	static final java.util.List<String> PEOPLE = java.util.List.of("owner", "champion", "po", "otherMember", "otherPo",
			"manager", "auditor", "admin");

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final Team team;

	final Team otherTeam;

	final Person owner;

	final Person champion;

	private final java.util.Map<String, String> usernames = new java.util.HashMap<>();

	private final java.util.Map<String, Role> roles = new java.util.HashMap<>();

	ImprovementOrganization(AccountService accounts, CatalogService catalog, ChampionService champions) {
		CatalogFixture fixture = new CatalogFixture(catalog, accounts);
		this.team = fixture.team("Team A " + this.suffix);
		this.otherTeam = fixture.team("Team B " + this.suffix);
		this.owner = fixture.member(this.team, person(fixture, "owner", Role.TEAM_MEMBER));
		this.champion = fixture.member(this.team, person(fixture, "champion", Role.TEAM_MEMBER));
		CatalogFixture.champion(champions, this.champion, this.team);
		fixture.ownedProduct("Product A " + this.suffix, this.team.id(), person(fixture, "po", Role.PRODUCT_OWNER));
		fixture.member(this.otherTeam, person(fixture, "otherMember", Role.TEAM_MEMBER));
		fixture.ownedProduct("Product B " + this.suffix, this.otherTeam.id(),
				person(fixture, "otherPo", Role.PRODUCT_OWNER));
		person(fixture, "manager", Role.SECURITY_MANAGER);
		person(fixture, "auditor", Role.AUDITOR);
		person(fixture, "admin", Role.ADMIN);
	}

	private Person person(CatalogFixture fixture, String who, Role role) {
		String username = who.toLowerCase() + "-" + this.suffix;
		this.usernames.put(who, username);
		this.roles.put(who, role);
		return fixture.user(username, who + " " + this.suffix, role);
	}

	String username(String who) {
		return this.usernames.get(who);
	}

	RequestPostProcessor as(String who) {
		return SecurityMockMvcRequestPostProcessors.user(username(who)).roles(this.roles.get(who).name());
	}

	Actor actor(String who) {
		return new Actor(username(who), Set.of(this.roles.get(who)));
	}

}
