package io.ownership.web.incident;

import io.ownership.core.incident.SecurityIncident;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The incident page's history is paged by a paging form: a page that is not one is said
 * above the history, with the incident shown, never the 400 page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(IncidentFixture.class)
class IncidentHistoryPagingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IncidentFixture fixture;

	@Test
	void aHistoryPageThatIsNotOneIsSaidAboveTheHistory() throws Exception {
		SecurityIncident incident = this.fixture.open(this.fixture.world());
		this.mvc.perform(get("/incidents/" + incident.id() + "?page=two").with(user("a").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("historyForm", "page", "typeMismatch"))
			.andExpect(content().string(containsString("id=\"paging-errors\"")))
			.andExpect(content().string(containsString("The page is a number, such as 2.")))
			.andExpect(content().string(containsString(incident.title())));
		this.mvc.perform(get("/incidents/" + incident.id() + "?page=-1").with(user("a").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The page cannot be negative.")));
	}

}
