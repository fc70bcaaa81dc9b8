package io.ownership.web.threat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A backlog item's history is paged by a paging form: a page that is not one is said
 * above the history, with the item shown, never the 400 page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ThreatFixture.class)
class ThreatHistoryPagingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ThreatFixture fixture;

	@Test
	void aHistoryPageThatIsNotOneIsSaidAboveTheHistory() throws Exception {
		ThreatFixture.World world = this.fixture.world();
		String item = this.mvc
			.perform(post("/products/{id}/threats", world.product().id()).param("ticket", "SHOP-2")
				.param("title", "Paged history " + world.suffix())
				.with(user(world.member().name()).roles("TEAM_MEMBER"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(item + "?page=two").with(user("someone").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("historyForm", "page", "typeMismatch"))
			.andExpect(content().string(containsString("id=\"paging-errors\"")))
			.andExpect(content().string(containsString("The page is a number, such as 2.")))
			.andExpect(content().string(containsString("Paged history " + world.suffix())));
		this.mvc.perform(get(item + "?page=-1").with(user("someone").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The page cannot be negative.")));
	}

}
