package io.ownership.web.demo;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.shared.Role;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.gate.ApiTokenService;
import io.ownership.core.gate.NewApiToken;
import io.ownership.core.gate.TokenPermission;
import io.ownership.core.gate.TokenScope;
import io.ownership.core.shared.Actor;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's "fix the gate by accepting a risk", walked from the demo organization's own
 * data (profile {@code demo}, so an {@code *IT} in failsafe's JVM, where the demo
 * accounts exist): the gate fails Business Services A's release 2.3.0 because the finding
 * CVE-2020-36518 is named by the risk "Outdated jackson-databind" whose acceptance
 * expired; Anna (po-a), its risk owner, accepts it again through the risk's form; the
 * gate no longer gives those reasons. Sara (manager) then revokes that acceptance through
 * its form, and the gate fails for it again, so that the demo's gate state stays as the
 * other browser tests expect it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoGateFixIT {

	private static final String CVE = "CVE-2020-36518";

	private static final String RISK = "Outdated jackson-databind";

	@Value("${OWNERSHIP_DEMO_PASSWORD:${ownership.demo-password:demo}}")
	String demoPassword;

	@Autowired
	MockMvc mvc;

	@Autowired
	ProductRepository products;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void acceptingTheJacksonRiskAgainThroughTheFormTakesItsReasonsOutOfTheGate() throws Exception {
		Product product = this.products.findByName(DemoGate.PRODUCT).orElseThrow();
		// A second token of the demo pipeline, as after rotating its secret.
		String token = this.tokens
			.create(new Actor("manager", Set.of(Role.SECURITY_MANAGER)), new NewApiToken(DemoGate.PRODUCT + " pipeline",
					new TokenScope(TokenScope.Kind.PRODUCT, product.id().value()), Set.of(TokenPermission.GATE), null))
			.secret();
		UUID risk = this.jdbc.queryForObject("select id from risk where product_id = ? and title = ?", UUID.class,
				product.id().value(), RISK);

		ask(product, token).andExpect(jsonPath("$.decision").value("fail"))
			.andExpect(jsonPath("$.reasons[?(@.code == 'UNCOVERED_FINDING')].text", hasItem(containsString(CVE))))
			.andExpect(
					jsonPath("$.reasons[?(@.code == 'EXPIRED_ACCEPTANCE')].link", hasItem(endsWith("/risks/" + risk))));

		Cookie anna = logIn("po-a");
		long version = this.jdbc.queryForObject("select version from risk where id = ?", Long.class, risk);
		this.mvc
			.perform(post("/risks/" + risk + "/acceptances").cookie(anna)
				.with(csrf())
				.param("justification", "Default typing stays disabled; the upgrade ships with 2.4.0.")
				.param("expiresOn", LocalDate.now().plusDays(60).toString())
				.param("riskVersion", String.valueOf(version)))
			.andExpect(redirectedUrl("/risks/" + risk))
			.andExpect(flash().attribute("flash", "acceptance.activated"));

		ask(product, token).andExpect(jsonPath("$.reasons[*].text", not(hasItem(containsString(CVE)))))
			.andExpect(jsonPath("$.reasons[*].text", not(hasItem(containsString(RISK)))));

		UUID acceptance = this.jdbc
			.queryForObject("select id from risk_acceptance where risk_id = ? and status = 'ACTIVE'", UUID.class, risk);
		long acceptanceVersion = this.jdbc.queryForObject("select version from risk_acceptance where id = ?",
				Long.class, acceptance);
		this.mvc
			.perform(post("/acceptances/" + acceptance + "/revoke").cookie(logIn("manager"))
				.with(csrf())
				.param("comment", "Back to the demo's starting point.")
				.param("version", String.valueOf(acceptanceVersion)))
			.andExpect(redirectedUrl("/risks/" + risk));
		ask(product, token).andExpect(jsonPath("$.decision").value("fail"))
			.andExpect(jsonPath("$.reasons[?(@.code == 'UNCOVERED_FINDING')].text", hasItem(containsString(CVE))));
	}

	private ResultActions ask(Product product, String token) throws Exception {
		return this.mvc
			.perform(post("/api/v1/products/" + product.id() + "/gate").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"artifact\":{\"name\":\"" + DemoGate.RELEASE.name() + "\",\"version\":\""
						+ DemoGate.RELEASE.version() + "\"},\"environment\":\"production\"}"))
			.andExpect(status().isOk());
	}

	private Cookie logIn(String username) throws Exception {
		Cookie session = this.mvc.perform(formLogin("/login").user(username).password(this.demoPassword))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).as("the session cookie of %s", username).isNotNull();
		return session;
	}

}
