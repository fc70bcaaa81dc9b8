package io.ownership.web.catalog.imports;

import java.util.Set;

import io.ownership.core.account.AccountService;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.shared.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The import page and API: the dry run's report, applying with a flash, the refusals, and
 * who may import.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportControllerTests {

	private static final String PASSWORD = "a long enough passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	TeamRepository teams;

	@Autowired
	AccountService accounts;

	private final String suffix = ImportSamples.unique();

	private final RequestPostProcessor manager = user("manager-" + this.suffix).roles("SECURITY_MANAGER");

	private MockMultipartFile file(String name, String text) {
		return new MockMultipartFile("files", name, "application/yaml", ImportSamples.bytes(text));
	}

	private String orphan() {
		return """
				kind: Component
				metadata:
				  name: orphan-%s
				spec:
				  owner: group:nobody-%s
				""".formatted(this.suffix, this.suffix);
	}

	@Test
	void theDryRunShowsTheReportAndApplyingRedirectsWithAFlash() throws Exception {
		MvcResult dryRun = this.mvc
			.perform(multipart("/import").file(file("catalog-info.yaml", ImportSamples.catalogInfo(this.suffix)))
				.param("format", "BACKSTAGE")
				.with(this.manager)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("import/page"))
			.andExpect(content().string(containsString("15 created")))
			.andExpect(content().string(containsString("skipped: kind API is not imported")))
			.andExpect(content().string(containsString("id=\"apply-form\"")))
			.andReturn();
		assertThat(this.teams.findByName("Nordwind" + this.suffix + " Shipping team")).isEmpty();

		String token = ((ImportReport) dryRun.getModelAndView().getModel().get("page")).token();
		// Sessions are Spring Session's (in the database), found by their cookie.
		Cookie session = dryRun.getResponse().getCookie("SESSION");
		this.mvc.perform(post("/import/apply").param("token", token).cookie(session).with(this.manager).with(csrf()))
			.andExpect(redirectedUrl("/import"))
			.andExpect(flash().attribute("flash", "import.applied"));
		assertThat(this.teams.findByName("Nordwind" + this.suffix + " Shipping team")).isPresent();

		this.mvc.perform(post("/import/apply").param("token", token).cookie(session).with(this.manager).with(csrf()))
			.andExpect(redirectedUrl("/import"))
			.andExpect(flash().attribute("flash", "import.expired"));
	}

	@Test
	void rejectedEntriesRefuseApplyingOnThePage() throws Exception {
		String text = orphan();
		this.mvc
			.perform(multipart("/import").file(file("orphan.yaml", text))
				.param("format", "BACKSTAGE")
				.with(this.manager)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rejections\"")))
			.andExpect(content().string(containsString("team &quot;nobody-" + this.suffix)))
			.andExpect(content().string(not(containsString("id=\"apply-form\""))));
	}

	@Test
	void aFileThatIsNotYamlIsRejectedNamingFileAndLine() throws Exception {
		this.mvc
			.perform(multipart("/import").file(file("broken.yaml", "kind: Group\nmetadata: [unclosed\n  name: x\n"))
				.param("format", "BACKSTAGE")
				.with(this.manager)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "files", "import.file.malformed"))
			.andExpect(content().string(containsString("broken.yaml, line ")))
			.andExpect(model().attributeDoesNotExist("page"));
	}

	@Test
	void aFormatThatIsNotOneIsAnErrorNextToTheFieldNotAnErrorPage() throws Exception {
		this.mvc
			.perform(multipart("/import").file(file("catalog-info.yaml", ImportSamples.catalogInfo(this.suffix)))
				.param("format", "XML")
				.with(this.manager)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("import/page"))
			.andExpect(model().attributeHasFieldErrors("form", "format"))
			.andExpect(content().string(containsString("id=\"format-error\"")))
			.andExpect(model().attributeDoesNotExist("page"));
	}

	@Test
	void applyingADryRunTheCatalogOutdatedShowsTheRefusalAndTheNewDryRun() throws Exception {
		MvcResult seen = dryRun(ImportSamples.catalogInfo(this.suffix));
		MvcResult other = dryRun(ImportSamples.catalogInfo(this.suffix));
		this.mvc
			.perform(post("/import/apply").param("token", token(other))
				.cookie(other.getResponse().getCookie("SESSION"))
				.with(this.manager)
				.with(csrf()))
			.andExpect(flash().attribute("flash", "import.applied"));

		String page = this.mvc
			.perform(post("/import/apply").param("token", token(seen))
				.cookie(seen.getResponse().getCookie("SESSION"))
				.with(this.manager)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("import/page"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"refused\"")
			.contains("The catalog changed since the dry run")
			.contains("15 unchanged")
			.contains("id=\"apply-form\"");
	}

	private MvcResult dryRun(String text) throws Exception {
		return this.mvc
			.perform(multipart("/import").file(file("catalog-info.yaml", text))
				.param("format", "BACKSTAGE")
				.with(this.manager)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
	}

	private static String token(MvcResult dryRun) {
		return ((ImportReport) dryRun.getModelAndView().getModel().get("page")).token();
	}

	@Test
	void onlySecurityManagersAndAdministratorsMayImport() throws Exception {
		this.mvc.perform(get("/import").with(user("admin-" + this.suffix).roles("ADMIN"))).andExpect(status().isOk());
		for (String role : new String[] { "PRODUCT_OWNER", "TEAM_MEMBER", "AUDITOR" }) {
			RequestPostProcessor someone = user(role.toLowerCase() + "-" + this.suffix).roles(role);
			this.mvc.perform(get("/import").with(someone)).andExpect(status().isForbidden());
			this.mvc
				.perform(multipart("/import").file(file("catalog-info.yaml", ImportSamples.catalogInfo(this.suffix)))
					.with(someone)
					.with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/import/apply").param("token", "any").with(someone).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/api/import/backstage").content(ImportSamples.catalogInfo(this.suffix))
					.with(someone)
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(this.teams.findByName("Nordwind" + this.suffix + " Shipping team")).isEmpty();
	}

	@Test
	void theApiDryRunsOnTheSessionAndAppliesWithHttpBasic() throws Exception {
		String username = "script-" + this.suffix;
		this.accounts.createDemoAccount(username, "Import script", PASSWORD, Set.of(Role.SECURITY_MANAGER));
		String yaml = ImportSamples.catalogInfo(this.suffix);

		this.mvc.perform(post("/api/import/backstage").content(yaml).with(this.manager).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dryRun").value(true))
			.andExpect(jsonPath("$.counts.CREATE").value(15))
			.andExpect(jsonPath("$.entries[0].outcome").value("CREATE"))
			.andExpect(jsonPath("$.entries[0].changes[0].field").value("name"))
			.andExpect(jsonPath("$.entries[0].changes[0].change").doesNotExist());
		this.mvc.perform(post("/api/import/backstage").content(yaml).with(this.manager))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/import/backstage").content(yaml).with(csrf())).andExpect(status().isUnauthorized());

		this.mvc
			.perform(post("/api/import/backstage").queryParam("dryRun", "false")
				.contentType(MediaType.parseMediaType("application/yaml"))
				.content(yaml)
				.with(httpBasic(username, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applied").value(true));
		assertThat(this.teams.findByName("Nordwind" + this.suffix + " Shipping team")).isPresent();
		this.mvc.perform(post("/api/import/backstage").content(yaml).with(httpBasic(username, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counts.UNCHANGED").value(15))
			.andExpect(jsonPath("$.counts.CREATE").value(0));
	}

	@Test
	void theApiAnswersRejectionsWith422AndUnreadableFilesWith400() throws Exception {
		String orphan = orphan();
		this.mvc
			.perform(post("/api/import/backstage").queryParam("dryRun", "false")
				.content(orphan)
				.with(this.manager)
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.applied").value(false))
			.andExpect(jsonPath("$.entries[0].outcome").value("REJECT"));
		this.mvc
			.perform(post("/api/import/backstage").queryParam("file", "mine.yaml")
				.content("kind: [")
				.with(this.manager)
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(startsWith("mine.yaml, line 1: not valid YAML")));
		this.mvc
			.perform(post("/api/import/csv").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("record_type=product")
				.with(this.manager)
				.with(csrf()))
			.andExpect(status().isUnsupportedMediaType());
	}

}
