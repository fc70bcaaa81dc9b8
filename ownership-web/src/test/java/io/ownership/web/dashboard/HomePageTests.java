package io.ownership.web.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.ownership.core.shared.Page;
import org.junit.jupiter.api.BeforeEach;
import io.ownership.web.support.PageModels;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page per role leads with what needs the user, greets the person by name, and
 * each count links to the register holding exactly the risks it counts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HomePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	KpiDataset data;

	String riskOwner;

	@BeforeEach
	void dataset() {
		this.data = new KpiDataset(this.jdbc);
		this.riskOwner = "ro-" + this.data.suffix;
		UUID account = UUID.randomUUID();
		this.jdbc.update(
				"insert into user_account (id, username, display_name, password_hash, active, created_at)"
						+ " values (?, ?, 'Account name', 'x', true, ?)",
				account, this.riskOwner, Timestamp.from(Instant.now()));
		this.jdbc.update("update person set account_id = ? where id = ?", account, this.data.owner);
	}

	@Test
	void aRiskOwnerIsGreetedByNameAndEachCountOfTheirWorkListsExactlyItsRisks() throws Exception {
		String page = home(this.riskOwner, "PRODUCT_OWNER");

		assertThat(page).contains("Welcome, Owner " + this.data.suffix);
		// the owner is risk owner of the complete and the archived product; without a
		// decision: the open low risk only (the open high one was accepted, its
		// acceptance
		// expired; the medium ones are in treatment, accepted, or wait for a request)
		assertThat(linkText(page, "home-undecided")).isEqualTo("1 risk on your products without a decision");
		assertThat(linkText(page, "home-expired")).startsWith("1 ");
		assertThat(linkText(page, "home-overdue")).startsWith("1 ");
		assertThat(linkText(page, "home-own-pending")).isEqualTo("1 acceptance request pending, the oldest for 4 days");
		assertThat(linkText(page, "home-expiring")).startsWith("1 ");
		for (String id : List.of("home-undecided", "home-expired", "home-overdue", "home-own-pending",
				"home-expiring")) {
			long shown = Long.parseLong(linkText(page, id).split(" ")[0]);
			assertThat(registerTotal(href(page, id))).as(id).isEqualTo(shown);
		}
	}

	@Test
	void theRegistersFilterOfRisksWithoutADecisionRefusesABadValueNextToItAndShowsItsBadge() throws Exception {
		String refused = this.mvc
			.perform(get("/risks").param("undecided", "maybe")
				.param("q", "kept " + this.data.suffix)
				.with(user("check").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("id=\"f-undecided-error\"", "only risks without a decision: true or false",
				"kept " + this.data.suffix);
		String page = this.mvc
			.perform(get("/risks").param("owner", this.data.owner.toString())
				.param("undecided", "true")
				.with(user("check").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"filter-undecided\"");
	}

	@Test
	void aRiskOwnerSeesTheGateStateOfTheirProductsFailingFirstEachLinkedToItsGatePage() throws Exception {
		String page = home(this.riskOwner, "PRODUCT_OWNER");

		String list = page.substring(page.indexOf("id=\"home-gate\""));
		list = list.substring(0, list.indexOf("</ul>"));
		List<String> products = Pattern.compile("data-product=\"([^\"]+)\"")
			.matcher(list)
			.results()
			.map((m) -> m.group(1))
			.toList();
		// failing (by name: "KPI gate product" before "KPI product"), passing, never
		// evaluated; the archived product is not listed
		assertThat(products).containsExactly(this.data.gateProduct.toString(), this.data.complete.toString(),
				this.data.noRiskOwner.toString(), this.data.inactiveOwner.toString());
		for (String product : products) {
			assertThat(list).contains("href=\"/products/" + product + "/gate\"");
		}
		assertThat(Pattern.compile(">failing<").matcher(list).results().count()).isEqualTo(2);
		assertThat(list).contains(">passing<", ">never evaluated<");
	}

	@Test
	void aSecurityManagerSeesTheProductsFailingTheGateAsTheGatePageCountsThem() throws Exception {
		String page = home("mgr-" + this.data.suffix, "SECURITY_MANAGER");

		assertThat(href(page, "home-gate-failing")).isEqualTo("/gate");
		long shown = Long.parseLong(linkText(page, "home-gate-failing").replaceAll("\\D+", ""));
		Object failing = PageModels.list(this.mvc.perform(get("/gate").with(user("check").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel(), "failing");
		assertThat(shown).isEqualTo(((Page<?>) failing).totalElements()).isGreaterThanOrEqualTo(2);
		String list = page.substring(page.indexOf("id=\"home-gate-failing-list\""));
		list = list.substring(0, list.indexOf("</ul>"));
		assertThat(Pattern.compile("href=\"/products/[^\"]+/gate\"").matcher(list).results().count())
			.isEqualTo(Math.min(shown, 5));
	}

	@Test
	void aSecurityManagerSeesApprovalsOldestFirstTheKpisTeamsWithoutChampionAndGaps() throws Exception {
		String page = home("mgr-" + this.data.suffix, "SECURITY_MANAGER");

		assertThat(page).contains("id=\"home-pending\"", "id=\"home-glance\"", "id=\"home-uncovered\"",
				"id=\"home-product-gaps\"", "id=\"home-matrix-gaps\"");
		List<Long> ages = Pattern.compile("waiting (\\d+) days")
			.matcher(page)
			.results()
			.map((m) -> Long.parseLong(m.group(1)))
			.toList();
		assertThat(ages).isNotEmpty().isSortedAccordingTo((a, b) -> Long.compare(b, a));
	}

	@Test
	void eachRoleGetsItsOwnSection() throws Exception {
		assertThat(home("aud-" + this.data.suffix, "AUDITOR")).contains("id=\"home-auditor\"")
			.doesNotContain("id=\"home-manager\"");
		assertThat(home("adm-" + this.data.suffix, "ADMIN")).contains("id=\"home-accounts\"")
			.doesNotContain("id=\"home-auditor\"");
		assertThat(home("dev-" + this.data.suffix, "TEAM_MEMBER"))
			.contains("id=\"home-member\"", "id=\"home-training\"")
			.doesNotContain("id=\"home-owner\"");
	}

	private String home(String username, String role) throws Exception {
		return this.mvc.perform(get("/").with(user(username).roles(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long registerTotal(String href) throws Exception {
		UriComponents uri = UriComponentsBuilder.fromUriString(href).build();
		var request = get(uri.getPath());
		for (var param : uri.getQueryParams().entrySet()) {
			request = request.param(param.getKey(), param.getValue().toArray(String[]::new));
		}
		return PageModels
			.list(this.mvc.perform(request.with(user("check").roles("AUDITOR")))
				.andExpect(status().isOk())
				.andReturn()
				.getModelAndView()
				.getModel(), "risks")
			.totalElements();
	}

	private static String href(String page, String id) {
		Matcher m = Pattern.compile("href=\"([^\"]*)\" id=\"" + id + "\"").matcher(page);
		assertThat(m.find()).as(id).isTrue();
		return HtmlUtils.htmlUnescape(m.group(1));
	}

	private static String linkText(String page, String id) {
		Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(page);
		assertThat(m.find()).as(id).isTrue();
		return HtmlUtils.htmlUnescape(m.group(1));
	}

}
