package io.ownership.web.catalog;

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
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Creates uniquely named catalog records through the use cases, for tests that share one
 * database.
 */
@Component
class CatalogFixture {

	private final CatalogService catalog;

	private final AccountService accounts;

	CatalogFixture(CatalogService catalog, AccountService accounts) {
		this.catalog = catalog;
		this.accounts = accounts;
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	Team team(String name) {
		return this.catalog.createTeam(Actor.SYSTEM, name, TeamKind.DEVELOPMENT, null);
	}

	/**
	 * A person linked to a new account with this user name and role.
	 */
	Person user(String username, Role role) {
		var account = this.accounts.createDemoAccount(username, username, "not used here", Set.of(role));
		return this.catalog.registerPerson(Actor.SYSTEM, username, username + "@example.org", account.id());
	}

	Person person(String name) {
		return this.catalog.registerPerson(Actor.SYSTEM, name, unique("p") + "@example.org", null);
	}

	Product product(String name, Team team, Person owner) {
		return this.catalog.defineProduct(Actor.SYSTEM, new ProductDefinition(name, ProductKind.BUSINESS_SERVICE, null,
				team.id(), (owner == null) ? null : owner.id(), null, Set.of()));
	}

	Asset repository(Product product) {
		return this.catalog.registerAsset(Actor.SYSTEM, new AssetDefinition(unique("repo"), AssetType.CODE_REPOSITORY,
				null, null, product.id(), null, product.id()));
	}

}
