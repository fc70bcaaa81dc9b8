package io.ownership.web.improvement;

import java.util.Set;
import java.util.UUID;

import io.ownership.core.account.AccountService;
import io.ownership.core.shared.Role;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.ProductDefinition;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.shared.Actor;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Two teams with unique names for one test class: team A with a member (who owns the
 * actions the tests open), an active champion and the product owner of its product; team
 * B with a member and the product owner of its product; a security manager, an auditor
 * and an administrator of no team.
 */
final class ImprovementOrganization {

	private static final Actor PROGRAM = new Actor("system", Set.of(Role.SECURITY_MANAGER));

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
		this.team = catalog.createTeam(Actor.SYSTEM, "Team A " + this.suffix, TeamKind.DEVELOPMENT, null);
		this.otherTeam = catalog.createTeam(Actor.SYSTEM, "Team B " + this.suffix, TeamKind.DEVELOPMENT, null);
		this.owner = person(accounts, catalog, "owner", Role.TEAM_MEMBER);
		catalog.addMember(Actor.SYSTEM, this.team.id(), this.owner.id(), "Developer");
		this.champion = person(accounts, catalog, "champion", Role.TEAM_MEMBER);
		catalog.addMember(Actor.SYSTEM, this.team.id(), this.champion.id(), "Developer");
		champions.activate(PROGRAM, champions.nominate(PROGRAM, this.champion.id(), this.team.id()).id());
		Person po = person(accounts, catalog, "po", Role.PRODUCT_OWNER);
		catalog.defineProduct(Actor.SYSTEM, new ProductDefinition("Product A " + this.suffix,
				ProductKind.BUSINESS_SERVICE, null, this.team.id(), po.id(), po.id(), Set.of()));
		Person otherMember = person(accounts, catalog, "otherMember", Role.TEAM_MEMBER);
		catalog.addMember(Actor.SYSTEM, this.otherTeam.id(), otherMember.id(), "Developer");
		Person otherPo = person(accounts, catalog, "otherPo", Role.PRODUCT_OWNER);
		catalog.defineProduct(Actor.SYSTEM, new ProductDefinition("Product B " + this.suffix,
				ProductKind.BUSINESS_SERVICE, null, this.otherTeam.id(), otherPo.id(), otherPo.id(), Set.of()));
		person(accounts, catalog, "manager", Role.SECURITY_MANAGER);
		person(accounts, catalog, "auditor", Role.AUDITOR);
		person(accounts, catalog, "admin", Role.ADMIN);
	}

	private Person person(AccountService accounts, CatalogService catalog, String who, Role role) {
		String username = who.toLowerCase() + "-" + this.suffix;
		this.usernames.put(who, username);
		this.roles.put(who, role);
		var account = accounts.createDemoAccount(username, who + " " + this.suffix, "a-long-password-1", Set.of(role));
		return catalog.registerPerson(Actor.SYSTEM, who + " " + this.suffix, username + "@example.org", account.id());
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
