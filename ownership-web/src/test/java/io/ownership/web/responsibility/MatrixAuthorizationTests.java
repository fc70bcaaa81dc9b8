package io.ownership.web.responsibility;

import java.util.LinkedHashMap;
import java.util.Map;

import io.ownership.core.responsibility.matrix.Activity;
import io.ownership.core.responsibility.matrix.Party;
import io.ownership.web.responsibility.MatrixFixtures.Built;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Every state-changing endpoint of the matrices, for every role: only a security manager
 * changes anything; every other role gets 403 and the draft stays as it was.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MatrixAuthorizationTests extends MatrixWebTestSupport {

	private Built matrix;

	@BeforeEach
	void draft() {
		this.matrix = this.fixtures.build(2, 3);
	}

	/**
	 * Every state-changing request, built for the draft's current revision.
	 */
	private Map<String, MockHttpServletRequestBuilder> changes() {
		String base = "/matrices/" + this.matrix.id();
		String revision = String.valueOf(this.fixtures.revision(this.matrix.id()));
		Activity first = this.matrix.activities().get(0);
		Activity second = this.matrix.activities().get(1);
		Party party = this.matrix.parties().get(2);
		long version = this.service.load(this.matrix.id()).version();
		Map<String, MockHttpServletRequestBuilder> changes = new LinkedHashMap<>();
		changes.put("create", post("/matrices").param("name", MatrixFixtures.unique("New")));
		changes.put("details", post(base + "/details").param("name", MatrixFixtures.unique("Renamed"))
			.param("version", String.valueOf(version)));
		changes.put("applicability",
				post(base + "/applicability").param("kinds", "PLATFORM").param("version", String.valueOf(version)));
		changes.put("cell",
				post(base + "/cells").param("activity", first.id().toString())
					.param("party", party.id().toString())
					.param("letter", "C")
					.param("revision", revision));
		changes.put("addActivity", post(base + "/activities").param("name", "Added").param("revision", revision));
		changes.put("renameActivity",
				post(base + "/activities/" + first.id()).param("name", "Renamed").param("revision", revision));
		changes.put("moveActivity", post(base + "/activities/" + second.id() + "/move").param("direction", "UP")
			.param("revision", revision));
		changes.put("removeActivity",
				post(base + "/activities/" + second.id() + "/remove").param("revision", revision));
		changes.put("addParty",
				post(base + "/parties").param("party", "role:SECURITY_CHAMPION").param("revision", revision));
		changes.put("renameParty",
				post(base + "/parties/" + party.id()).param("label", "Renamed").param("revision", revision));
		changes.put("moveParty",
				post(base + "/parties/" + party.id() + "/move").param("direction", "UP").param("revision", revision));
		changes.put("removeParty", post(base + "/parties/" + party.id() + "/remove").param("revision", revision));
		changes.put("publish", post(base + "/publish").param("revision", revision));
		return changes;
	}

	@ParameterizedTest
	@ValueSource(strings = { "ADMIN", "PRODUCT_OWNER", "TEAM_MEMBER", "AUDITOR" })
	void everyChangeIsRefusedToAnyoneButASecurityManager(String role) throws Exception {
		long revision = this.fixtures.revision(this.matrix.id());
		long version = this.service.load(this.matrix.id()).version();
		for (Map.Entry<String, MockHttpServletRequestBuilder> change : changes().entrySet()) {
			this.mvc.perform(change.getValue().with(user("someone").roles(role)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(this.fixtures.revision(this.matrix.id())).isEqualTo(revision);
		assertThat(this.service.load(this.matrix.id()).version()).isEqualTo(version);
		assertThat(this.service.versions(this.matrix.id())).isEmpty();
	}

	/**
	 * Without htmx every change of the draft or of the details goes back to the editor;
	 * the applicability form back to the matrix page it was opened from, publishing to
	 * the new version.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "create", "details", "applicability", "cell", "addActivity", "renameActivity",
			"moveActivity", "removeActivity", "addParty", "renameParty", "moveParty", "removeParty", "publish" })
	void aSecurityManagerMakesEveryChange(String name) throws Exception {
		long revision = this.fixtures.revision(this.matrix.id());
		String base = "/matrices/" + this.matrix.id();
		String location = this.mvc
			.perform(changes().get(name).with(user("manager").roles("SECURITY_MANAGER")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		switch (name) {
			case "create" -> assertThat(location).startsWith("/matrices/").isNotEqualTo(base);
			case "applicability" -> assertThat(location).isEqualTo(base);
			case "publish" -> assertThat(location).isEqualTo(base + "/versions/1");
			case "cell" -> assertThat(location).isEqualTo(base + "/edit#row-" + this.matrix.activities().get(0).id());
			default -> assertThat(location).isEqualTo(base + "/edit");
		}
		if (!name.equals("create") && !name.equals("details") && !name.equals("applicability")) {
			assertThat(this.fixtures.revision(this.matrix.id())).isGreaterThan(revision);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "ADMIN", "PRODUCT_OWNER", "TEAM_MEMBER", "AUDITOR" })
	void onlyASecurityManagerOpensTheEditor(String role) throws Exception {
		String path = "/matrices/" + this.matrix.id() + "/edit";
		this.mvc.perform(get(path).with(user("someone").roles(role))).andExpect(status().isForbidden());
		this.mvc.perform(get(path).with(user("manager").roles("SECURITY_MANAGER")))
			.andExpect(status().isOk())
			.andExpect(view().name("responsibility/matrix-edit"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ADMIN", "PRODUCT_OWNER", "TEAM_MEMBER", "AUDITOR" })
	void onlyASecurityManagerOpensTheApplicabilityForm(String role) throws Exception {
		String path = "/matrices/" + this.matrix.id() + "/applicability";
		this.mvc.perform(get(path).with(user("someone").roles(role))).andExpect(status().isForbidden());
		this.mvc.perform(get(path).with(user("manager").roles("SECURITY_MANAGER")))
			.andExpect(status().isOk())
			.andExpect(view().name("responsibility/applicability"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "PRODUCT_OWNER", "TEAM_MEMBER" })
	void othersReadPublishedVersionsButNotTheDraft(String role) throws Exception {
		this.service.publish(MatrixFixtures.MANAGER, this.matrix.id(), this.fixtures.revision(this.matrix.id()));
		String page = this.mvc.perform(get("/matrices/" + this.matrix.id()).with(user("reader").roles(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"published-matrix\"")
			.doesNotContain("id=\"draft-matrix\"")
			.doesNotContain("id=\"matrix-editor\"")
			.doesNotContain("id=\"edit-matrix\"");
		this.mvc.perform(get("/matrices/" + this.matrix.id() + "/versions/1").with(user("reader").roles(role)))
			.andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "ADMIN", "AUDITOR" })
	void administratorsAndAuditorsReadTheDraftWithoutControls(String role) throws Exception {
		String page = this.mvc.perform(get("/matrices/" + this.matrix.id()).with(user("reader").roles(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"draft-matrix\"")
			.contains("id=\"draft-marker\"")
			.doesNotContain("id=\"matrix-editor\"")
			.doesNotContain("raci-select")
			.doesNotContain("id=\"publish\"")
			.doesNotContain("id=\"edit-matrix\"");
	}

}
