package io.ownership.web.gate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.ownership.core.gate.GateQuery;
import io.ownership.core.gate.NewApiToken;
import io.ownership.core.gate.TokenPermission;
import io.ownership.core.gate.TokenScope;
import io.ownership.core.risk.NewRisk;
import io.ownership.core.risk.RiskDescription;
import io.ownership.core.risk.RiskFlags;
import io.ownership.core.risk.RiskService;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.shared.Role;
import io.ownership.web.support.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import io.ownership.web.support.PageModels;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The gate on pages: the product page shows its state with the reasons, the gate page its
 * history with filters and CSV, the products failing now are listed, only security
 * managers set policies; and the gate and its pages run as many SQL statements for a
 * product with many risks, findings and evaluations as for one with few.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class GatePagesTests extends GateWebTestSupport {

	@Autowired
	RiskService risks;

	String token;

	@BeforeEach
	void pipelineToken() {
		this.token = this.tokens
			.create(GateOrganization.actor(this.org.manager, Role.SECURITY_MANAGER),
					new NewApiToken("Pages pipeline " + this.org.suffix, TokenScope.ALL, Set.of(TokenPermission.GATE),
							null))
			.secret();
	}

	@Test
	void theProductPageShowsTheGateStateWithItsReasonsAndTheFailingPageListsTheProduct() throws Exception {
		ask(this.org.shop.id().toString(), "shop-api", "1.0");
		String page = page("/products/" + this.org.shop.id(), this.org.member, "TEAM_MEMBER");
		assertThat(page).contains("id=\"gate-state\"", "No static analysis (SAST) was reported for shop-api 1.0.",
				"CHECK_MISSING", "Pages pipeline " + this.org.suffix);
		assertThat(page("/gate?size=200", this.org.member, "TEAM_MEMBER")).contains(this.org.shop.name());
	}

	@Test
	void theHistoryFiltersByDecisionAndArtifactAndExportsCsv() throws Exception {
		ask(this.org.shop.id().toString(), "shop-api", "1.0");
		ask(this.org.shop.id().toString(), "shop-worker", "2.0");
		String filtered = page("/products/" + this.org.shop.id() + "/gate?decision=FAIL&artifact=worker",
				this.org.member, "TEAM_MEMBER");
		assertThat(filtered).contains("shop-worker 2.0").doesNotContain("<td>shop-api 1.0</td>");
		String csv = page("/products/" + this.org.shop.id() + "/gate.csv?artifact=api", this.org.member, "TEAM_MEMBER");
		assertThat(csv).startsWith("evaluated at,product,artifact")
			.contains("shop-api 1.0", "CHECK_MISSING: No ")
			.doesNotContain("shop-worker");
	}

	@Test
	void theEvaluationsOfEveryProductFilterByProductTeamDecisionAndDaysAndExportCsv() throws Exception {
		ask(this.org.shop.id().toString(), "shop-api", "1.0");
		ask(this.org.shop.id().toString(), "shop-api", "1.1");
		ask(this.org.other.id().toString(), "other-api", "2.0");
		String team = "team=" + this.org.team.id();
		assertThat(total("/gate/evaluations?" + team)).isEqualTo(2);
		assertThat(total("/gate/evaluations?days=30&" + team)).isEqualTo(2);
		assertThat(total("/gate/evaluations?decision=FAIL&" + team)).isEqualTo(2);
		assertThat(total("/gate/evaluations?decision=PASS&" + team)).isZero();
		assertThat(total("/gate/evaluations?artifact=1.1&" + team)).isEqualTo(1);
		assertThat(total("/gate/evaluations?kind=PLATFORM&" + team)).isZero();
		assertThat(total("/gate/evaluations?from=" + LocalDate.now().plusDays(1) + "&" + team)).isZero();
		assertThat(total("/gate/evaluations?product=" + this.org.other.id())).isEqualTo(1);
		String page = page("/gate/evaluations?product=" + this.org.other.id(), this.org.member, "TEAM_MEMBER");
		assertThat(page).contains(this.org.other.name(), "other-api 2.0", "id=\"evaluations-total\"")
			.doesNotContain(this.org.shop.name());
		String csv = page("/gate/evaluations.csv?" + team, this.org.member, "TEAM_MEMBER");
		assertThat(csv).startsWith("evaluated at,product,artifact")
			.contains(this.org.shop.name(), "shop-api 1.0", "shop-api 1.1", "CHECK_MISSING: No ")
			.doesNotContain("other-api");
		for (String bad : List.of("days=0", "days=367", "team=not-a-team", "decision=MAYBE", "page=two", "size=0")) {
			this.mvc.perform(get("/gate/evaluations?" + bad).with(user(this.org.member).roles("TEAM_MEMBER")))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("id=\"evaluations-filter\"")));
		}
		this.mvc.perform(get("/gate/evaluations?page=two").with(user(this.org.member).roles("TEAM_MEMBER")))
			.andExpect(content().string(containsString("The page is a number, such as 2.")));
		this.mvc.perform(get("/gate/evaluations?days=0").with(user(this.org.member).roles("TEAM_MEMBER")))
			.andExpect(content().string(containsString("The last 1 to 366 days.")));
		this.mvc
			.perform(get("/products/" + this.org.shop.id() + "/gate?page=-1&decision=MAYBE")
				.with(user(this.org.member).roles("TEAM_MEMBER")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"gate-history\"")))
			.andExpect(content().string(containsString("The page cannot be negative.")))
			.andExpect(content().string(containsString("Choose a decision from the list.")));
		assertThat(page("/gate", this.org.member, "TEAM_MEMBER")).contains("href=\"/gate/evaluations?days=30\"");
		assertThat(page("/products/" + this.org.shop.id() + "/gate", this.org.member, "TEAM_MEMBER"))
			.contains("href=\"/gate/evaluations?product=" + this.org.shop.id() + "\"");
	}

	private long total(String url) throws Exception {
		return PageModels
			.list(this.mvc.perform(get(url).with(user(this.org.member).roles("TEAM_MEMBER")))
				.andExpect(status().isOk())
				.andReturn()
				.getModelAndView()
				.getModel(), "evaluations")
			.totalElements();
	}

	@Test
	void onlySecurityManagersSetThePolicyAndALooserProductPolicyIsRefusedNextToItsField() throws Exception {
		this.mvc.perform(get("/gate/policy").with(user(this.org.po).roles("PRODUCT_OWNER")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/products/" + this.org.shop.id() + "/gate/policy")
				.with(user(this.org.po).roles("PRODUCT_OWNER"))
				.with(csrf())
				.param("mode", "WARN_ONLY"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/products/" + this.org.shop.id() + "/gate/policy")
				.with(user(this.org.manager).roles("SECURITY_MANAGER"))
				.with(csrf())
				.param("level", "CRITICAL")
				.param("mode", "ENFORCE"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "level", "gate.policy.looserLevel"));
		this.mvc
			.perform(post("/products/" + this.org.shop.id() + "/gate/policy")
				.with(user(this.org.manager).roles("SECURITY_MANAGER"))
				.with(csrf())
				.param("level", "MEDIUM")
				.param("mode", "WARN_ONLY")
				.param("checks[SECRETS]", "7"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select mode from product_gate_policy where product_id = ?", String.class,
				this.org.shop.id().value()))
			.isEqualTo("WARN_ONLY");
		assertThat(page("/gate/policy", this.org.manager, "SECURITY_MANAGER")).contains("gate-policy-form");
	}

	@Test
	void theGateRunsAsManyStatementsWithManyRisksAndFindingsAsWithOne() throws Exception {
		String shop = this.org.shop.id().toString();
		report(shop, 1);
		risks(1);
		long readSmall = statements(() -> ask(shop, "shop-api", "1.0"));
		long small = statements(() -> ask(shop, "shop-api", "1.0"));

		report(shop, 300);
		risks(40);
		long readLarge = statements(() -> ask(shop, "shop-api", "1.0"));
		long large = statements(() -> ask(shop, "shop-api", "1.0"));
		// After a change: the token and the facts are read again (the request's version
		// check, then the reads); while nothing changes: the request's one version check
		// for both and the evaluation's record (written by the recorder's thread).
		assertThat(readLarge).isEqualTo(readSmall).isBetween(1L, 9L);
		assertThat(large).isEqualTo(small).isEqualTo(2L);

		int pageSmall = count("/products/" + shop + "/gate");
		int everySmall = count("/gate/evaluations?days=30&product=" + shop);
		for (int i = 0; i < 30; i++) {
			ask(shop, "shop-api", "1." + i);
		}
		int pageLarge = count("/products/" + shop + "/gate");
		assertThat(pageLarge).isEqualTo(pageSmall);
		assertThat(count("/gate/evaluations?days=30&product=" + shop)).isEqualTo(everySmall).isBetween(1, 5);
		assertThat(count("/gate")).isBetween(1, 5);
	}

	/**
	 * The list of every product's evaluations does not count them all on every view: past
	 * {@link GateQuery#COUNTED_AHEAD} it says "more than" and offers the next page, with
	 * the statements of a short list; a filter selecting fewer still gives the exact
	 * total.
	 */
	@Test
	void theEvaluationsOfEveryProductCountNoFurtherThanTheyShow() throws Exception {
		String shop = this.org.shop.id().toString();
		ask(shop, "shop-api", "1.0");
		String url = "/gate/evaluations?days=30&product=" + shop;
		int few = count(url);
		this.jdbc.update("""
				insert into gate_evaluation (product_id, artifact, environment, decision, mode, reasons, warnings,
				                             evaluated_at, token_name)
				select ?, 'shop-api 2.' || i, null, 'PASS', 'ENFORCE', '', '', now() - i * interval '1 second', 'bulk'
				from generate_series(1, ?) i""", this.org.shop.id().value(), GateQuery.COUNTED_AHEAD + 5);

		assertThat(count(url)).as("statements").isEqualTo(few);
		String page = page(url, this.org.member, "TEAM_MEMBER");
		assertThat(page).contains("More than 1,000 evaluations", "id=\"evaluations-more\"", "rel=\"next\"")
			.doesNotContain("in all)");
		assertThat(page(url + "&page=3", this.org.member, "TEAM_MEMBER")).as("counted to the end from page 4")
			.contains("1,006 evaluations", "in all)");
		assertThat(total(url + "&decision=FAIL")).isEqualTo(1);
		assertThat(page(url + "&decision=FAIL", this.org.member, "TEAM_MEMBER")).contains("1 evaluations", "in all)");
	}

	/**
	 * The evaluations of every product are kept: the second view costs the version check
	 * only, and a new evaluation shows at the next view.
	 */
	@Test
	void theEvaluationsOfEveryProductAreKeptUntilAnEvaluationIsRecorded() throws Exception {
		String shop = this.org.shop.id().toString();
		ask(shop, "kept-api", "1.0");
		String url = "/gate/evaluations?days=30&product=" + shop;
		assertThat(page(url, this.org.member, "TEAM_MEMBER")).contains("kept-api 1.0");
		StatementCounter.reset();
		assertThat(page(url, this.org.member, "TEAM_MEMBER")).contains("kept-api 1.0");
		assertThat(StatementCounter.count()).as("the version check only").isEqualTo(1);

		ask(shop, "kept-api", "2.0");
		assertThat(page(url, this.org.member, "TEAM_MEMBER")).contains("kept-api 2.0");
	}

	/**
	 * The statements run while the action ran, on every thread: an evaluation's record is
	 * written by the recorder's thread (nothing else runs in the test's context).
	 */
	private static long statements(Runnable action) {
		long before = StatementCounter.total();
		action.run();
		return StatementCounter.total() - before;
	}

	/**
	 * The statements of a view rendered afresh ({@code Cache-Control: no-cache}), as the
	 * first viewer after a change pays them.
	 */
	private int count(String url) throws Exception {
		page(url, this.org.member, "TEAM_MEMBER");
		StatementCounter.reset();
		this.mvc.perform(get(url).header("Cache-Control", "no-cache").with(user(this.org.member).roles("TEAM_MEMBER")))
			.andExpect(status().isOk());
		return StatementCounter.count();
	}

	private void risks(int n) {
		for (int i = 0; i < n; i++) {
			this.risks.register(GateOrganization.actor(this.org.po, Role.PRODUCT_OWNER),
					new NewRisk(this.org.shop.id(), new RiskDescription("Risk " + i + " " + this.org.suffix, null,
							RiskSource.VULNERABILITY, "CVE-2024-" + i), 4, 4, RiskFlags.NONE, Set.of()));
		}
	}

	private void report(String product, int findings) throws Exception {
		List<String> vulnerabilities = new ArrayList<>();
		for (int i = 0; i < findings; i++) {
			vulnerabilities.add("{\"id\":\"CVE-2024-" + (1000 + i) + "\",\"ratings\":[{\"severity\":\"high\"}]}");
		}
		for (String kind : List.of("sast", "sca")) {
			this.mvc
				.perform(post("/api/v1/products/" + product + "/check-runs?artifact=shop-api&kind=" + kind + "&tool=t")
					.header("Authorization", "Bearer " + this.token)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"vulnerabilities\":["
							+ String.join(",", vulnerabilities) + "]}"))
				.andExpect(status().isCreated());
		}
	}

	private void ask(String product, String artifact, String version) {
		try {
			this.mvc
				.perform(post("/api/v1/products/" + product + "/gate").header("Authorization", "Bearer " + this.token)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"artifact\":{\"name\":\"" + artifact + "\",\"version\":\"" + version + "\"}}"))
				.andExpect(status().isOk());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String page(String url, String username, String role) throws Exception {
		return this.mvc.perform(get(url).with(user(username).roles(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
