package io.ownership.web.gate;

import java.util.List;

import io.ownership.core.account.AccountService;
import io.ownership.core.catalog.CatalogService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every list's CSV answers a filter that is not one with the list itself, the error next
 * to its field and status 400, never with a file nor the bare 400 page (the gate's
 * organization gives the product whose gate history is downloaded).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ListCsvBadFilterTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aBadFilterOfAnyListsCsvIsShownNextToItsFieldOnTheList(@Autowired AccountService accounts,
			@Autowired CatalogService catalog) throws Exception {
		GateOrganization org = new GateOrganization(accounts, catalog);
		List<String[]> cases = List.of(new String[] { "/products.csv?kind=NOPE", "productFilter", "kind" },
				new String[] { "/risks.csv?level=NOPE", "nameFilters", "level" },
				new String[] { "/incidents.csv?severity=NOPE", "filter", "severity" },
				new String[] { "/dashboard/teams.csv?dir=sideways", "scorecardFilter", "dir" },
				new String[] { "/products/" + org.shop.id() + "/gate.csv?decision=NOPE", "filter", "decision" });
		for (String[] csv : cases) {
			this.mvc.perform(get(csv[0]).with(user(org.member).roles("SECURITY_MANAGER", "TEAM_MEMBER")))
				.andExpect(status().isBadRequest())
				.andExpect(header().string("Content-Type", startsWith("text/html")))
				.andExpect(model().attributeHasFieldErrors(csv[1], csv[2]));
		}
	}

}
