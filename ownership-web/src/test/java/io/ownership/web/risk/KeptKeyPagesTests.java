package io.ownership.web.risk;

import java.util.List;
import java.util.Set;

import io.ownership.core.account.AccountService;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.risk.NewRisk;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskDescription;
import io.ownership.core.risk.RiskFlags;
import io.ownership.core.risk.RiskService;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.shared.Role;
import io.ownership.web.support.KeptPageChecks;
import io.ownership.web.support.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The key pages kept since issue 19's third session: the team member's home page (it was
 * marked kept but rendered again at every view, because reading the member's training
 * wrote nothing and still moved the data's version), the risk page, the responsibility
 * matrix, the product list and a team's maturity page. Each costs the version check only
 * at its second view, is rendered again after a change of the data it shows, and is never
 * shown with what it showed a viewer with more rights: not to the same name with fewer
 * roles, nor after the viewer's rights changed in the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class KeptKeyPagesTests {

	/** A use case published by migration V28 (every viewer reads its matrix). */
	static final String MATRIX = "/matrices/f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RiskService risks;

	RiskOrganization org;

	Risk risk;

	@BeforeEach
	void organization(@Autowired AccountService accounts, @Autowired CatalogService catalog) {
		this.org = new RiskOrganization(accounts, catalog);
		this.jdbc.update(
				"insert into team_member (team_id, person_id, role) select ?, id, 'Developer' from person where name = ?",
				this.org.team.id().value(), this.org.member);
		this.risk = this.risks.register(RiskOrganization.actor(this.org.po, Role.PRODUCT_OWNER),
				new NewRisk(this.org.shop.id(),
						new RiskDescription("Kept risk " + this.org.suffix, null, RiskSource.PEN_TEST, "PT-9"), 3, 4,
						RiskFlags.NONE, Set.of()));
	}

	@Test
	void theTeamMembersHomeIsServedFromMemoryUntilItsDataChanges() throws Exception {
		String[] member = { this.org.member, "TEAM_MEMBER" };
		assertThat(page("/", member)).contains("Team " + this.org.suffix);
		assertKept("/", member);

		this.jdbc.update("update team set name = ? where id = ?", "Renamed team " + this.org.suffix,
				this.org.team.id().value());
		StatementCounter.reset();
		assertThat(page("/", member)).contains("Renamed team " + this.org.suffix);
		assertThat(StatementCounter.count()).as("rendered again after a change").isGreaterThan(1);
	}

	@Test
	void theRiskPageTheMatrixTheProductListAndTheTeamMaturityAreKept() throws Exception {
		String[] owner = { this.org.po, "PRODUCT_OWNER" };
		String[] manager = { this.org.manager, "SECURITY_MANAGER" };
		String[] member = { this.org.member, "TEAM_MEMBER" };
		for (Object[] view : List.of(new Object[] { "/risks/" + this.risk.id(), owner, "Kept risk " },
				new Object[] { MATRIX, manager, "edit-matrix" },
				new Object[] { "/products?kind=BUSINESS_SERVICE&q=" + this.org.suffix, manager, "Shop " },
				new Object[] { "/teams/" + this.org.team.id() + "/maturity", member, "Team " })) {
			String path = (String) view[0];
			String[] viewer = (String[]) view[1];
			assertThat(page(path, viewer)).as(path).contains((String) view[2]);
			assertKept(path, viewer);

			this.jdbc.update("update team set name = name where false");
			StatementCounter.reset();
			page(path, viewer);
			assertThat(StatementCounter.count()).as("%s rendered again after a change", path).isGreaterThan(1);
		}
	}

	/**
	 * The risk page shows its history, whose table has an area of its own: an entry
	 * written alone (as another instance or a job would) renders it again.
	 */
	@Test
	void theRiskPageRendersAgainWhenItsHistoryGrows() throws Exception {
		String path = "/risks/" + this.risk.id();
		String[] owner = { this.org.po, "PRODUCT_OWNER" };
		assertKept(path, owner);
		this.jdbc.update(
				"insert into audit_event (occurred_at, actor, action, entity_type, entity_id, summary)"
						+ " values (now(), ?, 'risk.edited', 'Risk', ?, 'Reviewed by the kept-page test')",
				this.org.po, this.risk.id().toString());
		assertThat(page(path, owner)).contains("Reviewed by the kept-page test");
	}

	/**
	 * What a page shows a viewer with more rights is never shown to one with fewer: the
	 * same name with fewer roles gets its own page, and a change of rights in the
	 * database renders the page again.
	 */
	@Test
	void noPageKeptForMoreRightsIsShownToFewer() throws Exception {
		String risk = "/risks/" + this.risk.id();
		assertThat(page(risk, this.org.po, "PRODUCT_OWNER")).contains("id=\"acceptance-form\"");
		this.jdbc.update("update product set risk_owner_id = (select id from person where name = ?) where id = ?",
				this.org.otherPo, this.org.shop.id().value());
		assertThat(page(risk, this.org.po, "PRODUCT_OWNER")).doesNotContain("id=\"acceptance-form\"");

		assertThat(page(MATRIX, this.org.manager, "SECURITY_MANAGER", "TEAM_MEMBER")).contains("id=\"edit-matrix\"");
		assertThat(page(MATRIX, this.org.manager, "TEAM_MEMBER")).doesNotContain("id=\"edit-matrix\"");

		String products = "/products?q=" + this.org.suffix;
		assertThat(page(products, this.org.manager, "SECURITY_MANAGER")).contains("id=\"new-product\"");
		assertThat(page(products, this.org.manager, "TEAM_MEMBER")).doesNotContain("id=\"new-product\"");

		String maturity = "/teams/" + this.org.team.id() + "/maturity";
		String actions = "action=\"" + maturity + "/actions\"";
		assertThat(page(maturity, this.org.member, "TEAM_MEMBER")).contains(actions);
		this.jdbc.update("delete from team_member where team_id = ?", this.org.team.id().value());
		assertThat(page(maturity, this.org.member, "TEAM_MEMBER")).doesNotContain(actions);

		assertThat(page("/", this.org.manager, "SECURITY_MANAGER", "TEAM_MEMBER")).contains("id=\"home-manager\"");
		assertThat(page("/", this.org.manager, "TEAM_MEMBER")).doesNotContain("id=\"home-manager\"")
			.contains("id=\"home-member\"");
	}

	private void assertKept(String path, String[] viewer) throws Exception {
		new KeptPageChecks(this.mvc, this.jdbc).assertKept(path, viewer(viewer));
	}

	private String page(String path, String... viewer) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(viewer(viewer))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	/** The name first, then the roles. */
	private static RequestPostProcessor viewer(String... viewer) {
		String[] roles = new String[viewer.length - 1];
		System.arraycopy(viewer, 1, roles, 0, roles.length);
		return user(viewer[0]).roles(roles);
	}

}
