package io.ownership.web.risk;

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
 * A small organization with unique names for one test: a team owning product "Shop …"
 * whose product and risk owner is {@link #po}, a foreign product owned by
 * {@link #otherPo}, two security managers, a team member and an auditor.
 */
final class RiskOrganization {

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final String po = "po-" + this.suffix;

	final String otherPo = "other-" + this.suffix;

	final String manager = "mgr-" + this.suffix;

	final String manager2 = "mgr2-" + this.suffix;

	final String member = "dev-" + this.suffix;

	final String auditor = "aud-" + this.suffix;

	final String admin = "adm-" + this.suffix;

	final Team team;

	final Product shop;

	final Product other;

	RiskOrganization(AccountService accounts, CatalogService catalog) {
		this.team = catalog.createTeam(Actor.SYSTEM, "Team " + this.suffix, TeamKind.DEVELOPMENT, null);
		Person anna = person(accounts, catalog, this.po, Role.PRODUCT_OWNER);
		Person olaf = person(accounts, catalog, this.otherPo, Role.PRODUCT_OWNER);
		person(accounts, catalog, this.manager, Role.SECURITY_MANAGER);
		person(accounts, catalog, this.manager2, Role.SECURITY_MANAGER);
		person(accounts, catalog, this.member, Role.TEAM_MEMBER);
		person(accounts, catalog, this.auditor, Role.AUDITOR);
		person(accounts, catalog, this.admin, Role.ADMIN);
		this.shop = catalog.defineProduct(Actor.SYSTEM, new ProductDefinition("Shop " + this.suffix,
				ProductKind.BUSINESS_SERVICE, null, this.team.id(), anna.id(), anna.id(), Set.of()));
		this.other = catalog.defineProduct(Actor.SYSTEM, new ProductDefinition("Other " + this.suffix,
				ProductKind.BUSINESS_SERVICE, null, null, olaf.id(), olaf.id(), Set.of()));
	}

	private Person person(AccountService accounts, CatalogService catalog, String username, Role role) {
		var account = accounts.createDemoAccount(username, username, "a-long-password-1", Set.of(role));
		return catalog.registerPerson(Actor.SYSTEM, username, username + "@example.org", account.id());
	}

	static Actor actor(String username, Role role) {
		return new Actor(username, Set.of(role));
	}

}
