package io.ownership.web.gate;

import java.util.Set;
import java.util.UUID;

import io.ownership.core.account.AccountService;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.Team;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;
import io.ownership.web.support.CatalogFixture;

/**
 * A small organization with unique names for one gate test: team "Team …" owning "Shop …"
 * whose product and risk owner is {@link #po}, with {@link #member} in the team; a
 * foreign product "Other …" of {@link #otherPo}; a security manager.
 */
final class GateOrganization {

	static final String PASSWORD = CatalogFixture.PASSWORD;

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
		CatalogFixture fixture = new CatalogFixture(catalog, accounts);
		this.team = fixture.team("Team " + this.suffix);
		this.anna = fixture.user(this.po, Role.PRODUCT_OWNER);
		Person olaf = fixture.user(this.otherPo, Role.PRODUCT_OWNER);
		fixture.user(this.manager, Role.SECURITY_MANAGER);
		fixture.member(this.team, fixture.user(this.member, Role.TEAM_MEMBER));
		this.shop = fixture.ownedProduct("Shop " + this.suffix, this.team.id(), this.anna);
		this.other = fixture.ownedProduct("Other " + this.suffix, null, olaf);
	}

	static Actor actor(String username, Role role) {
		return new Actor(username, Set.of(role));
	}

}
