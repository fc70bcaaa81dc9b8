package io.ownership.web.support;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.ownership.core.catalog.TeamRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A NUL byte (or another control character) in a form field, a filter, the search or an
 * imported file gets a message naming the field, never the 500 PostgreSQL's refusal of
 * U+0000 used to give.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ControlCharacterInputTests {

	private static final String NUL = "\u0000";

	@Autowired
	MockMvc mvc;

	@Autowired
	TeamRepository teams;

	private final String suffix = UUID.randomUUID().toString().substring(0, 8);

	private final RequestPostProcessor manager = user("manager-" + this.suffix).roles("SECURITY_MANAGER");

	@Test
	void aFormFieldWithANulByteIsRefusedNextToTheFieldWithTheValuesKept() throws Exception {
		String name = "Team " + this.suffix + NUL + "x";
		this.mvc
			.perform(post("/teams/new").param("name", name)
				.param("kind", "DEVELOPMENT")
				.param("description", "kept " + this.suffix)
				.with(this.manager)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "input.controlCharacter"))
			.andExpect(content().string(containsString("Remove the control character U+0000")))
			.andExpect(content().string(containsString("kept " + this.suffix)));
		assertThat(this.teams.findByName("Team " + this.suffix + "x")).isEmpty();
	}

	@Test
	void formsOfOtherFeaturesGetTheSameRule() throws Exception {
		this.mvc
			.perform(post("/matrices").param("name", "Use case " + this.suffix + NUL).with(this.manager).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "input.controlCharacter"));
	}

	@Test
	void aMultiLineFieldKeepsItsLineBreaksAndTabs() throws Exception {
		this.mvc
			.perform(post("/teams/new").param("name", "Team " + this.suffix)
				.param("kind", "DEVELOPMENT")
				.param("description", "first line\r\n\tsecond line")
				.with(this.manager)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.teams.findByName("Team " + this.suffix)).isPresent();
	}

	@Test
	void theSearchAnswersWithTheParameterNamedAndTheFilterFormsNextToTheField() throws Exception {
		this.mvc.perform(get("/search").param("q", "a" + NUL + "b").with(this.manager))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The value of \u201cq\u201d is not valid")))
			.andExpect(content().string(containsString("U+0000")));
		// The register and the product list bind their filters to a form: the page is
		// rendered with the refusal next to the search field.
		for (String path : new String[] { "/products", "/risks" }) {
			this.mvc.perform(get(path).param("q", "a" + NUL + "b").with(this.manager))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"q-error\"")))
				.andExpect(content().string(containsString("U+0000")));
		}
	}

	@Test
	void aLoginWithANulByteInTheUserNameIsAFailedLogin() throws Exception {
		this.mvc.perform(formLogin().user("nobody" + NUL + this.suffix).password("whatever it is"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void anImportedRowWithANulByteIsRejectedWithItsLine() throws Exception {
		String csv = "record_type,name,kind_or_type,team,product_owner_email,risk_owner_email,runs_on,owner_product,"
				+ "external_owner,responsible_product,reference,classification\n" + "product,Nul " + this.suffix + NUL
				+ " Portal,BUSINESS_SERVICE,,,,,,,,,\n";
		this.mvc
			.perform(multipart("/import")
				.file(new MockMultipartFile("files", "nul.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.param("format", "CSV")
				.with(this.manager)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name contains the control character U+0000")))
			.andExpect(content().string(containsString("nul.csv:2")));
	}

}
