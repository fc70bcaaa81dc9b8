package io.ownership.web.maturity;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organization's maturity filters as a filter form: a function the latest model has
 * not, or a team name too long, is said next to its field on the page (status 400), with
 * the matrix shown without it; the CSV (which takes the team name only) answers a name
 * too long with that page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MaturityFilterFormTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aFunctionTheModelHasNotIsSaidNextToItsField() throws Exception {
		this.mvc.perform(get("/maturity?function=Astrology").with(user("aud").roles("AUDITOR")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("filter", "function", "maturity.function.unknown"))
			.andExpect(content().string(containsString("id=\"maturity-matrix\"")))
			.andExpect(content().string(containsString(
					"<div class=\"invalid-feedback\">No business function Astrology in the latest model</div>")));
	}

	@Test
	void aTeamNameTooLongIsSaidNextToItsFieldWithTheTextKept() throws Exception {
		String q = "x".repeat(101);
		String page = this.mvc.perform(get("/maturity").param("q", q).with(user("aud").roles("AUDITOR")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("filter", "q", "Size"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"" + q + "\"").contains("Between 0 and 100 characters");
		this.mvc.perform(get("/maturity.csv").param("q", q).with(user("aud").roles("AUDITOR")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("filter", "q", "Size"))
			.andExpect(content().string(containsString("id=\"maturity-matrix\"")));
	}

	@Test
	void aFunctionOfTheModelFiltersThePractices() throws Exception {
		MatrixPage all = (MatrixPage) this.mvc.perform(get("/maturity").with(user("aud").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("page");
		String function = all.functions().get(0);
		MatrixPage filtered = (MatrixPage) this.mvc
			.perform(get("/maturity").param("function", function).with(user("aud").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"" + function + "\" selected=\"selected\"")))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("page");
		assertThat(filtered.practices()).isNotEmpty().hasSizeLessThan(all.practices().size());
	}

}
