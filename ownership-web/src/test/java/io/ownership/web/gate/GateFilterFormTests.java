package io.ownership.web.gate;

import io.ownership.core.account.AccountService;
import io.ownership.core.catalog.CatalogService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The gate's filter forms: the evaluations' CSV with a filter that is not one answers the
 * evaluations page with the error next to its field, not a 400 page; a product's own
 * history binds the history's filters only, so the filters of the list across products
 * are no error there.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GateFilterFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	CatalogService catalog;

	GateOrganization org;

	@BeforeEach
	void organization() {
		this.org = new GateOrganization(this.accounts, this.catalog);
	}

	@Test
	void theEvaluationsCsvWithABadFilterAnswersThePageWithTheErrorNextToItsField() throws Exception {
		this.mvc
			.perform(get("/gate/evaluations.csv?days=0&artifact=api").with(user(this.org.member).roles("TEAM_MEMBER")))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", startsWith("text/html")))
			.andExpect(model().attributeHasFieldErrorCode("filter", "days", "Min"))
			.andExpect(content().string(containsString("id=\"evaluations-filter\"")))
			.andExpect(content().string(containsString("The last 1 to 366 days.")))
			.andExpect(content().string(containsString("value=\"api\"")));
	}

	@Test
	void aProductsHistoryBindsItsOwnFiltersOnly() throws Exception {
		this.mvc
			.perform(get("/products/" + this.org.shop.id() + "/gate?team=not-a-team&kind=NOPE&product=x")
				.with(user(this.org.member).roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andExpect(model().hasNoErrors());
	}

}
