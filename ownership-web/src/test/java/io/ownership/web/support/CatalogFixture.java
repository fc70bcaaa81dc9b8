package io.ownership.web.support;

import java.util.Set;
import java.util.UUID;

import io.ownership.core.account.AccountService;
import io.ownership.core.catalog.Asset;
import io.ownership.core.catalog.AssetDefinition;
import io.ownership.core.catalog.AssetType;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductDefinition;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Creates uniquely named catalog records through the use cases, for tests that share one
 * database: the one way the web tests' organizations ({@code RiskOrganization},
 * {@code MaturityOrganization}, ...) make their teams, people and products. A
 * {@code @Component} for {@code @Import}, or made with {@code new} by a fixture.
 */
@Component
public class CatalogFixture {

	/** The password of every account the fixture makes. */
	public static final String PASSWORD = "a-long-password-1";

	/** The security manager who nominates and activates champions. */
	private static final Actor PROGRAM = new Actor("system", Set.of(Role.SECURITY_MANAGER));

	private final CatalogService catalog;

	private final AccountService accounts;

	public CatalogFixture(CatalogService catalog, AccountService accounts) {
		this.catalog = catalog;
		this.accounts = accounts;
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A development team. */
	public Team team(String name) {
		return this.catalog.createTeam(Actor.SYSTEM, name, TeamKind.DEVELOPMENT, null);
	}

	/**
	 * A person linked to a new account with this user name and role (password
	 * {@link #PASSWORD}); the person is named as the account.
	 */
	public Person user(String username, Role role) {
		return user(username, username, role);
	}

	/**
	 * A person of this name linked to a new account with this user name, display name
	 * {@code name} and role (password {@link #PASSWORD}).
	 */
	public Person user(String username, String name, Role role) {
		var account = this.accounts.createDemoAccount(username, name, PASSWORD, Set.of(role));
		return this.catalog.registerPerson(Actor.SYSTEM, name, username + "@example.org", account.id());
	}

	/** A person in the team as a "Developer". */
	public Person member(Team team, Person person) {
		this.catalog.addMember(Actor.SYSTEM, team.id(), person.id(), "Developer");
		return person;
	}

	/** The person, nominated and activated as the team's champion. */
	public static void champion(ChampionService champions, Person person, Team team) {
		champions.activate(PROGRAM, champions.nominate(PROGRAM, person.id(), team.id()).id());
	}

	public Person person(String name) {
		return this.catalog.registerPerson(Actor.SYSTEM, name, unique("p") + "@example.org", null);
	}

	/**
	 * A business service of the team (none: null) whose product and risk owner is the
	 * owner.
	 */
	public Product ownedProduct(String name, TeamId team, Person owner) {
		return this.catalog.defineProduct(Actor.SYSTEM, new ProductDefinition(name, ProductKind.BUSINESS_SERVICE, null,
				team, owner.id(), owner.id(), Set.of()));
	}

	/**
	 * A business service of the team (or none) with this product owner (or none) and no
	 * risk owner.
	 */
	public Product product(String name, Team team, Person owner) {
		return this.catalog.defineProduct(Actor.SYSTEM, new ProductDefinition(name, ProductKind.BUSINESS_SERVICE, null,
				(team == null) ? null : team.id(), (owner == null) ? null : owner.id(), null, Set.of()));
	}

	public Asset repository(Product product) {
		return this.catalog.registerAsset(Actor.SYSTEM, new AssetDefinition(unique("repo"), AssetType.CODE_REPOSITORY,
				null, null, product.id(), null, product.id()));
	}

}
