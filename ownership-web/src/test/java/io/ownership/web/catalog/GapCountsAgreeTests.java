package io.ownership.web.catalog;

import io.ownership.core.catalog.CatalogEditing;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.view.CatalogQuery;
import io.ownership.core.catalog.view.ProductFilter;
import io.ownership.core.catalog.view.ProductSort;
import io.ownership.core.catalog.view.TeamRow;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.PageRequest;
import io.ownership.web.support.CatalogFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One definition of an ownership gap: the team list, the product list's filter, the team
 * dashboard and the catalog's gap counts count the same products, and each page says that
 * it counts ownership gaps (responsibility gaps are listed apart).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CatalogFixture.class)
class GapCountsAgreeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogFixture fixture;

	@Autowired
	CatalogQuery query;

	@Autowired
	CatalogEditing editing;

	@Test
	void theTeamListTheProductFilterTheDashboardAndTheCountsAgree() throws Exception {
		Team team = this.fixture.team(CatalogFixture.unique("Gaps"));
		Team other = this.fixture.team(CatalogFixture.unique("Other"));
		this.fixture.product(CatalogFixture.unique("Vacant"), team, null);
		this.fixture.product(CatalogFixture.unique("Owned"), team, this.fixture.person(CatalogFixture.unique("Owner")));
		Person leaver = this.fixture.person(CatalogFixture.unique("Leaver"));
		this.fixture.product(CatalogFixture.unique("Left"), team, leaver);
		this.editing.deactivatePerson(Actor.SYSTEM, leaver.id(), 0);
		this.fixture.product(CatalogFixture.unique("Elsewhere"), other, null);

		TeamRow row = this.query.teams(team.name(), PageRequest.of(0, 10)).content().get(0);
		long listed = this.query
			.products(new ProductFilter(null, null, team.id().value(), true, false, ProductSort.NAME, false),
					PageRequest.of(0, 50))
			.totalElements();
		long dashboard = this.query.team(team.id().value()).orElseThrow().productGaps().size();
		assertThat(row.productGaps()).as("/teams").isEqualTo(2);
		assertThat(listed).as("/products?team=&gaps=true").isEqualTo(2);
		assertThat(dashboard).as("the team dashboard").isEqualTo(2);

		long allListed = this.query
			.products(new ProductFilter(null, null, null, true, false, ProductSort.NAME, false), PageRequest.of(0, 1))
			.totalElements();
		assertThat(this.query.gaps().products()).as("the catalog's gap counts").isEqualTo(allListed);
	}

	@Test
	void everyPageSaysWhichGapsItCounts() throws Exception {
		Team team = this.fixture.team(CatalogFixture.unique("Gaps"));
		var product = this.fixture.product(CatalogFixture.unique("Vacant"), team, null);
		for (String path : new String[] { "/teams?q=" + team.name(), "/products", "/teams/" + team.id(),
				"/products/" + product.id() }) {
			String page = this.mvc.perform(get(path).with(user("reader").roles("TEAM_MEMBER")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(path).containsIgnoringCase("ownership gaps");
		}
		String productPage = this.mvc
			.perform(get("/products/" + product.id()).with(user("reader").roles("TEAM_MEMBER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(productPage).contains("Responsibility gaps").doesNotContain(">No gaps<");
	}

}
