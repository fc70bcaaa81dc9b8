package io.ownership.web.catalog;

import java.util.UUID;

import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.view.CatalogQuery;
import io.ownership.web.support.CatalogFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The team dashboard shows the first assets of each list with a link to all of them, and
 * members are added on a page of their own (the dashboard lists no people to choose
 * from).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CatalogFixture.class)
class TeamDashboardTests {

	private final RequestPostProcessor manager = user("manager-dashboard").roles("SECURITY_MANAGER");

	private final RequestPostProcessor member = user("member-dashboard").roles("TEAM_MEMBER");

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogFixture fixture;

	@Autowired
	CatalogQuery query;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLongAssetListShowsItsFirstAssetsAndLinksToAllOfThem() throws Exception {
		Team team = this.fixture.team(CatalogFixture.unique("Many assets"));
		Product product = this.fixture.product(CatalogFixture.unique("Warehouse"), team, null);
		int total = TeamPages.ASSETS_SHOWN + 3;
		for (int i = 0; i < total; i++) {
			this.fixture.repository(product);
		}

		String shortened = this.mvc.perform(get("/teams/{id}", team.id().value()).with(this.member))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(TeamPages.ASSETS_SHOWN + " of " + total + " shown.")))
			.andExpect(content().string(containsString("/teams/" + team.id().value() + "?assets=all")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(shortened, "owned-assets")).isEqualTo(TeamPages.ASSETS_SHOWN);

		String all = this.mvc.perform(get("/teams/{id}", team.id().value()).param("assets", "all").with(this.member))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("shown."))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(all, "owned-assets")).isEqualTo(total);
	}

	/**
	 * The open risks are the first ones, read with their number in all: the page says so
	 * and links to the register's list of them.
	 */
	@Test
	void aLongRiskListShowsItsFirstRisksWithTheirNumberAndLinksToAllOfThem() throws Exception {
		Team team = this.fixture.team(CatalogFixture.unique("Many risks"));
		Product product = this.fixture.product(CatalogFixture.unique("Risky"), team, null);
		int total = TeamPages.OPEN_RISKS_SHOWN + 3;
		for (int i = 0; i < total; i++) {
			this.jdbc.update("""
					insert into risk (id, product_id, title, source, likelihood, impact, score, level,
					  affects_other_products, involves_customer_data, violates_requirement, status, identified_at,
					  version)
					values (?, ?, ?, 'AUDIT', 3, 3, 9, 'MEDIUM', false, false, false, 'OPEN', now(), 0)
					""", UUID.randomUUID(), product.id().value(), "Dashboard risk " + i);
		}

		String html = this.mvc.perform(get("/teams/{id}", team.id().value()).with(this.member))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains(TeamPages.OPEN_RISKS_SHOWN + " of " + total + " shown.")
			.contains("/risks?team=" + team.id().value() + "&amp;open=true");
		assertThat(html.split("Dashboard risk ", -1)).hasSize(TeamPages.OPEN_RISKS_SHOWN + 1);
	}

	@Test
	void aShortAssetListIsShownWhole() throws Exception {
		Team team = this.fixture.team(CatalogFixture.unique("Few assets"));
		Product product = this.fixture.product(CatalogFixture.unique("Kiosk"), team, null);
		this.fixture.repository(product);

		this.mvc.perform(get("/teams/{id}", team.id().value()).with(this.member))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("assets=all"))));
	}

	@Test
	void theDashboardListsNoPeopleAndEditorsAddMembersOnTheirOwnPage() throws Exception {
		Team team = this.fixture.team(CatalogFixture.unique("Growing"));
		Person person = this.fixture.person(CatalogFixture.unique("Newcomer"));

		this.mvc.perform(get("/teams/{id}", team.id().value()).with(this.manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"add-member-link\"")))
			.andExpect(content().string(not(containsString(person.name()))));
		this.mvc.perform(get("/teams/{id}", team.id().value()).with(this.member))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("add-member-link"))));

		this.mvc.perform(get("/teams/{id}/members/new", team.id().value()).with(this.manager))
			.andExpect(status().isOk())
			.andExpect(view().name("catalog/team-member-form"))
			.andExpect(content().string(containsString(person.name())));
		this.mvc.perform(get("/teams/{id}/members/new", team.id().value()).with(this.member))
			.andExpect(status().isForbidden());

		this.mvc
			.perform(post("/teams/{id}/members", team.id().value()).with(this.manager)
				.with(csrf())
				.param("person", person.id().value().toString())
				.param("role", "Developer"))
			.andExpect(redirectedUrl("/teams/" + team.id().value()));
		assertThat(this.query.team(team.id().value()).orElseThrow().members())
			.anySatisfy((m) -> assertThat(m.name()).isEqualTo(person.name()));
	}

	@Test
	void aMemberWithoutPersonComesBackOnItsPageWithTheRoleKept() throws Exception {
		Team team = this.fixture.team(CatalogFixture.unique("Picky"));

		this.mvc
			.perform(post("/teams/{id}/members", team.id().value()).with(this.manager)
				.with(csrf())
				.param("person", "")
				.param("role", "Tech lead"))
			.andExpect(status().isOk())
			.andExpect(view().name("catalog/team-member-form"))
			.andExpect(model().attributeHasFieldErrors("memberForm", "person"))
			.andExpect(content().string(containsString("Tech lead")));
	}

	private static int rows(String html, String tableId) {
		int start = html.indexOf("id=\"" + tableId + "\"");
		int end = html.indexOf("</table>", start);
		String table = html.substring(start, end);
		return table.split("<tr", -1).length - 2;
	}

}
