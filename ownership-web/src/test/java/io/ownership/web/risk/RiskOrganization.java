package io.ownership.web.risk;

import java.util.Set;
import java.util.UUID;

import io.ownership.core.account.AccountService;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.Team;
import io.ownership.core.risk.AcceptanceId;
import io.ownership.core.risk.NewRisk;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskDescription;
import io.ownership.core.risk.RiskFlags;
import io.ownership.core.risk.RiskService;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.risk.acceptance.AcceptanceService;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;
import io.ownership.web.support.CatalogFixture;

import org.springframework.jdbc.core.JdbcTemplate;

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
		CatalogFixture fixture = new CatalogFixture(catalog, accounts);
		this.team = fixture.team("Team " + this.suffix);
		Person anna = fixture.user(this.po, Role.PRODUCT_OWNER);
		Person olaf = fixture.user(this.otherPo, Role.PRODUCT_OWNER);
		fixture.user(this.manager, Role.SECURITY_MANAGER);
		fixture.user(this.manager2, Role.SECURITY_MANAGER);
		fixture.user(this.member, Role.TEAM_MEMBER);
		fixture.user(this.auditor, Role.AUDITOR);
		fixture.user(this.admin, Role.ADMIN);
		this.shop = fixture.ownedProduct("Shop " + this.suffix, this.team.id(), anna);
		this.other = fixture.ownedProduct("Other " + this.suffix, null, olaf);
	}

	/**
	 * A risk of the shop found by an audit, titled "{@code title} {@link #suffix}",
	 * registered by its owner.
	 */
	Risk auditRisk(RiskService risks, String title, int likelihood, int impact) {
		return risks.register(actor(this.po, Role.PRODUCT_OWNER),
				new NewRisk(this.shop.id(),
						new RiskDescription(title + " " + this.suffix, null, RiskSource.AUDIT, null), likelihood,
						impact, RiskFlags.NONE, Set.of()));
	}

	/**
	 * Withdraws the shop's waiting acceptance requests as its owner, so that the inboxes
	 * of the tests that follow show theirs on their first page.
	 */
	void withdrawPendingRequests(JdbcTemplate jdbc, AcceptanceService acceptances) {
		Actor owner = actor(this.po, Role.PRODUCT_OWNER);
		jdbc.queryForList("select id, version from risk_acceptance where product_id = ? and status = 'PENDING'",
				this.shop.id().value())
			.forEach((row) -> acceptances.withdraw(owner, new AcceptanceId((UUID) row.get("id")), "Counted",
					(Long) row.get("version")));
	}

	static Actor actor(String username, Role role) {
		return new Actor(username, Set.of(role));
	}

}
