package io.ownership.web.gate;

import java.util.Set;
import java.util.UUID;

import io.ownership.core.account.AccountService;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductDefinition;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;

/**
 * A small organization with unique names for one gate test: team "Team …" owning "Shop …"
 * whose product and risk owner is {@link #po}, with {@link #member} in the team; a
 * foreign product "Other …" of {@link #otherPo}; a security manager.
 */
final class GateOrganization {

	static final String PASSWORD = "a-long-password-1";

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final String po = "gpo-" + this.suffix;

	final String otherPo = "gother-" + this.suffix;

	final String manager = "gmgr-" + this.suffix;

	final String member = "gdev-" + this.suffix;

	final Team team;

	final Product shop;

	final Product other;

	final Person anna;

	GateOrganization(AccountService accounts, CatalogService catalog) {
		this.team = catalog.createTeam(Actor.SYSTEM, "Team " + this.suffix, TeamKind.DEVELOPMENT, null);
		this.anna = person(accounts, catalog, this.po, Role.PRODUCT_OWNER);
		Person olaf = person(accounts, catalog, this.otherPo, Role.PRODUCT_OWNER);
		person(accounts, catalog, this.manager, Role.SECURITY_MANAGER);
		Person dev = person(accounts, catalog, this.member, Role.TEAM_MEMBER);
		catalog.addMember(Actor.SYSTEM, this.team.id(), dev.id(), "Developer");
		this.shop = catalog.defineProduct(Actor.SYSTEM, new ProductDefinition("Shop " + this.suffix,
				ProductKind.BUSINESS_SERVICE, null, this.team.id(), this.anna.id(), this.anna.id(), Set.of()));
		this.other = catalog.defineProduct(Actor.SYSTEM, new ProductDefinition("Other " + this.suffix,
				ProductKind.BUSINESS_SERVICE, null, null, olaf.id(), olaf.id(), Set.of()));
	}

	private static Person person(AccountService accounts, CatalogService catalog, String username, Role role) {
		var account = accounts.createDemoAccount(username, username, PASSWORD, Set.of(role));
		return catalog.registerPerson(Actor.SYSTEM, username, username + "@example.org", account.id());
	}

	static Actor actor(String username, Role role) {
		return new Actor(username, Set.of(role));
	}

}
