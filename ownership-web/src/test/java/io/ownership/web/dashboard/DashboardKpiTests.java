package io.ownership.web.dashboard;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.ownership.core.catalog.ProductKind;
import io.ownership.core.dashboard.Kpi;
import io.ownership.core.dashboard.KpiBoard;
import io.ownership.core.dashboard.KpiService;
import io.ownership.core.dashboard.KpiSet;
import io.ownership.core.dashboard.KpiValue;
import io.ownership.core.gate.GateQuery;
import io.ownership.core.shared.Page;
import org.junit.jupiter.api.BeforeEach;
import io.ownership.web.support.PageModels;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each KPI on a hand-built team ({@link KpiDataset}) against its hand-computed numerator
 * and denominator, the edge cases (a team without products, an archived product, a
 * deactivated risk owner), and the drill-down: every linked list's total is the number
 * shown, for the team, a product kind and the organization.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardKpiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KpiService kpis;

	@Autowired
	io.ownership.core.dashboard.KpiQuery query;

	@Autowired
	GateQuery gate;

	KpiDataset data;

	@BeforeEach
	void dataset() {
		this.data = new KpiDataset(this.jdbc);
	}

	@Test
	void eachKpiOfTheTeamIsItsHandComputedNumeratorOverDenominator() {
		KpiSet team = this.kpis.team(this.data.team);

		// three active products (the archived one is not counted); one without gap
		assertThat(team.get(Kpi.PRODUCTS_OWNED)).isEqualTo(new KpiValue(Kpi.PRODUCTS_OWNED, 1, 3));
		// three assets; one has no responsible product
		assertThat(team.get(Kpi.ASSETS_COVERED)).isEqualTo(new KpiValue(Kpi.ASSETS_COVERED, 2, 3));
		// two active acceptances, one taken inside the guardrails
		assertThat(team.get(Kpi.ACCEPTANCES_AUTONOMOUS)).isEqualTo(new KpiValue(Kpi.ACCEPTANCES_AUTONOMOUS, 1, 2));
		// open risks: low 10 d, high 60 d (expired acceptance), medium 120 d, critical
		// 400 d, medium 20 d on
		// the archived product (still in the register)
		assertThat(team.get(Kpi.OPEN_RISKS).numerator()).isEqualTo(5);
		assertThat(team.get(Kpi.ACCEPTANCES_EXPIRED).numerator()).isEqualTo(1);
		assertThat(counts(team, Kpi.OPEN_LOW, Kpi.OPEN_MEDIUM, Kpi.OPEN_HIGH, Kpi.OPEN_CRITICAL)).containsExactly(1L,
				2L, 1L, 1L);
		assertThat(counts(team, Kpi.OPEN_AGE_0_30, Kpi.OPEN_AGE_31_90, Kpi.OPEN_AGE_91_180, Kpi.OPEN_AGE_OVER_180))
			.containsExactly(2L, 1L, 1L, 1L);
		// one pending request, four days old
		assertThat(team.get(Kpi.REQUESTS_PENDING)).isEqualTo(new KpiValue(Kpi.REQUESTS_PENDING, 4, 1));
		// two in treatment, one past its due date
		assertThat(team.get(Kpi.TREATMENTS_OVERDUE)).isEqualTo(new KpiValue(Kpi.TREATMENTS_OVERDUE, 1, 2));
		// two closed low risks, after 20 and 30 days
		assertThat(team.get(Kpi.DAYS_TO_CLOSE_LOW)).isEqualTo(new KpiValue(Kpi.DAYS_TO_CLOSE_LOW, 50, 2));
		assertThat(team.get(Kpi.DAYS_TO_CLOSE_LOW).figure()).isEqualTo(25.0);
		assertThat(team.get(Kpi.DAYS_TO_CLOSE_HIGH).figure()).isNull();
		// first decisions: medium after 20 and 5 days, low, high and critical after 5, 5
		// and 20; risks without a known decision not counted
		assertThat(team.get(Kpi.DAYS_TO_DECIDE_MEDIUM)).isEqualTo(new KpiValue(Kpi.DAYS_TO_DECIDE_MEDIUM, 25, 2));
		assertThat(team.get(Kpi.DAYS_TO_DECIDE_MEDIUM).figure()).isEqualTo(12.5);
		assertThat(counts(team, Kpi.DAYS_TO_DECIDE_LOW, Kpi.DAYS_TO_DECIDE_HIGH, Kpi.DAYS_TO_DECIDE_CRITICAL))
			.containsExactly(5L, 5L, 20L);
		assertThat(team.get(Kpi.DAYS_TO_DECIDE_CRITICAL).denominator()).isEqualTo(1);
		// no champion
		assertThat(team.get(Kpi.CHAMPION_COVERAGE)).isEqualTo(new KpiValue(Kpi.CHAMPION_COVERAGE, 0, 1));
		// nobody with a training role: nothing required, nothing measured
		assertThat(team.get(Kpi.TRAINING_DONE).figure()).isNull();
		// gate, 30 days: complete passed 2 days ago, failed 1 day ago (the one 40 days
		// ago
		// is outside); noRiskOwner failed 4 days ago and passed 3 days ago
		assertThat(team.get(Kpi.GATE_PASS_RATE)).isEqualTo(new KpiValue(Kpi.GATE_PASS_RATE, 2, 4));
		assertThat(team.get(Kpi.GATE_FAILING).numerator()).isEqualTo(1);
	}

	@Test
	void theGateKpisCountPerTeamPerKindAndForTheOrganization() {
		KpiBoard board = this.kpis.board();
		KpiSet gateTeam = board.team(this.data.gateTeam).orElseThrow().kpis();

		assertThat(gateTeam.get(Kpi.GATE_PASS_RATE)).isEqualTo(new KpiValue(Kpi.GATE_PASS_RATE, 0, 1));
		assertThat(gateTeam.get(Kpi.GATE_FAILING).numerator()).isEqualTo(1);
		assertThat(gateTeam.get(Kpi.GATE_PASS_RATE).figure()).isEqualTo(0.0);
		assertThat(board.team(this.data.emptyTeam).orElseThrow().kpis().get(Kpi.GATE_PASS_RATE).figure()).isNull();
		// the organization is GateQuery.passRate's count over the same 30 days
		java.time.LocalDate today = this.kpis.today();
		var rate = this.gate.passRate(today.minusDays(Kpi.GATE_DAYS - 1).atStartOfDay().toInstant(ZoneOffset.UTC),
				today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
		assertThat(board.organization().get(Kpi.GATE_PASS_RATE))
			.isEqualTo(new KpiValue(Kpi.GATE_PASS_RATE, rate.passes(), rate.evaluations()));
		// per kind: each kind's evaluations add up to the organization's
		long evaluations = 0;
		for (ProductKind kind : ProductKind.values()) {
			evaluations += board.kind(kind).get(Kpi.GATE_PASS_RATE).denominator();
		}
		assertThat(evaluations).isEqualTo(rate.evaluations());
	}

	@Test
	@Transactional
	void recordsDatedAfterTodayCountTheirDaysAsZeroAndTheirListsHoldTheNumber() throws Exception {
		this.data.future();

		KpiSet team = this.kpis.board().team(this.data.team).orElseThrow().kpis();

		// the request made in five days waits 0 days, beside the one of four days
		assertThat(team.get(Kpi.REQUESTS_PENDING)).isEqualTo(new KpiValue(Kpi.REQUESTS_PENDING, 4, 2));
		// closed and decided before identification: 0 days
		assertThat(team.get(Kpi.DAYS_TO_CLOSE_MEDIUM)).isEqualTo(new KpiValue(Kpi.DAYS_TO_CLOSE_MEDIUM, 0, 1));
		assertThat(team.get(Kpi.DAYS_TO_DECIDE_HIGH)).isEqualTo(new KpiValue(Kpi.DAYS_TO_DECIDE_HIGH, 5, 2));
		// identified in ten days: open, in the youngest band
		assertThat(team.get(Kpi.OPEN_RISKS).numerator()).isEqualTo(6);
		assertThat(team.get(Kpi.OPEN_AGE_0_30).numerator()).isEqualTo(3);
		List<String> checked = new ArrayList<>();
		checkLinks(team, KpiLinks.team(this.data.team), checked);
		assertThat(checked).hasSizeGreaterThan(20);
	}

	@Test
	void aTeamWithoutProductsMeasuresNothingAndCountsZero() {
		KpiSet empty = this.kpis.team(this.data.emptyTeam);

		assertThat(empty.get(Kpi.PRODUCTS_OWNED)).isEqualTo(KpiValue.zero(Kpi.PRODUCTS_OWNED));
		assertThat(empty.get(Kpi.PRODUCTS_OWNED).figure()).isNull();
		assertThat(empty.get(Kpi.OPEN_RISKS).figure()).isEqualTo(0.0);
		assertThat(empty.get(Kpi.CHAMPION_COVERAGE)).isEqualTo(new KpiValue(Kpi.CHAMPION_COVERAGE, 0, 1));
	}

	@Test
	void theBoardCountsTheTeamAsItsOwnQueryDoes() {
		KpiBoard board = this.kpis.board();

		KpiSet team = board.team(this.data.team).orElseThrow().kpis();
		KpiSet alone = this.kpis.team(this.data.team);
		for (Kpi kpi : Kpi.values()) {
			assertThat(team.get(kpi)).as(kpi.name()).isEqualTo(alone.get(kpi));
		}
		assertThat(board.team(this.data.emptyTeam).orElseThrow().kpis().get(Kpi.PRODUCTS_OWNED).denominator()).isZero();
	}

	@Test
	void everyLinkedListHoldsExactlyTheNumberShown() throws Exception {
		KpiBoard board = this.kpis.board();
		List<String> checked = new ArrayList<>();
		checkLinks(this.kpis.team(this.data.team), KpiLinks.team(this.data.team), checked);
		checkLinks(board.kind(ProductKind.PLATFORM), KpiLinks.kind(ProductKind.PLATFORM), checked);
		checkLinks(board.organization(), KpiLinks.organization(), checked);
		assertThat(checked).hasSizeGreaterThan(40);
	}

	@Test
	void theTeamAndProductHeatMapCellsLinkToExactlyTheirOpenRisks() throws Exception {
		List<String> checked = new ArrayList<>();
		long team = heatMap("/teams/" + this.data.team + "/risks/heatmap", checked);
		assertThat(team).isEqualTo(this.kpis.team(this.data.team).get(Kpi.OPEN_RISKS).numerator());
		// low, high (expired acceptance) and medium in treatment; the accepted one is not
		// open
		assertThat(heatMap("/products/" + this.data.complete + "/risks/heatmap", checked)).isEqualTo(3);
		assertThat(checked).hasSize(50);
	}

	/**
	 * Follows every cell's link of a heat map page, checks that the register's total is
	 * the cell's number, and answers the sum of the cells.
	 */
	private long heatMap(String page, List<String> checked) throws Exception {
		Map<String, Object> model = this.mvc
			.perform(get(page).with(user("dash-" + this.data.suffix).roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel();
		int[][] cells = (int[][]) PageModels.value(model, "cells");
		long sum = 0;
		for (int likelihood = 1; likelihood <= 5; likelihood++) {
			for (int impact = 1; impact <= 5; impact++) {
				check(Kpi.OPEN_RISKS,
						PageModels.value(model, "cellLink") + "&likelihood=" + likelihood + "&impact=" + impact,
						cells[likelihood - 1][impact - 1], checked);
				sum += cells[likelihood - 1][impact - 1];
			}
		}
		return sum;
	}

	@Test
	void theDashboardShowsEachKpiWithItsDefinitionAndTheGateMeasured() throws Exception {
		String page = this.mvc.perform(get("/dashboard").with(user("dash-" + this.data.suffix).roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Active products with an owning team, an active product owner")
			.doesNotContain("gate-not-measured")
			.contains("id=\"kpi-GATE_PASS_RATE\"", "Security gate evaluations that passed", "href=\"/gate\"")
			.contains("/risks?open=true&amp;level=CRITICAL")
			.contains("<svg");
	}

	@Test
	void theGatePageFiltersItsFailingProductsByTeamAndKindAndRefusesABadValue() throws Exception {
		assertThat(failingOnGate("team", this.data.team.toString())).contains("KPI product " + this.data.complete)
			.contains("id=\"gate-filter\"")
			.doesNotContain("KPI gate product " + this.data.suffix);
		assertThat(failingOnGate("team", this.data.gateTeam.toString()))
			.contains("KPI gate product " + this.data.suffix);
		this.mvc
			.perform(get("/gate").param("team", this.data.gateTeam.toString())
				.param("kind", "BUSINESS_SERVICE")
				.with(user("dash-" + this.data.suffix).roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andExpect((result) -> assertThat(
					PageModels.list(result.getModelAndView().getModel(), "failing").totalElements())
				.isZero());
		this.mvc
			.perform(get("/gate").param("team", "not-a-team")
				.with(user("dash-" + this.data.suffix).roles("TEAM_MEMBER")))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/gate").param("kind", "BOGUS").with(user("dash-" + this.data.suffix).roles("TEAM_MEMBER")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"gate-filter-errors\"")))
			.andExpect(content().string(containsString("Choose a product kind from the list.")));
		this.mvc
			.perform(get("/gate").param("page", "second").with(user("dash-" + this.data.suffix).roles("TEAM_MEMBER")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"failing-products\"")))
			.andExpect(content().string(containsString("The page is a number, such as 2.")));
	}

	private String failingOnGate(String param, String value) throws Exception {
		return this.mvc
			.perform(get("/gate").param(param, value).with(user("dash-" + this.data.suffix).roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void eachHeatMapCellListsExactlyItsOpenRisks() throws Exception {
		long[][] cells = this.query.openRiskCells();
		List<String> checked = new ArrayList<>();
		for (int likelihood = 1; likelihood <= 5; likelihood++) {
			for (int impact = 1; impact <= 5; impact += 2) {
				check(Kpi.OPEN_RISKS, KpiLinks.organization().cell(likelihood, impact),
						cells[likelihood - 1][impact - 1], checked);
			}
		}
		assertThat(cells[0][0]).as("the dataset's open risks are all 1 × 1").isGreaterThanOrEqualTo(5);
		assertThat(checked).hasSize(15);
	}

	@Test
	void theScorecardsSortFilterAndCompareWithTheMedian() throws Exception {
		String page = this.mvc
			.perform(get("/dashboard/teams").param("q", this.data.suffix)
				.param("sort", "OPEN_RISKS")
				.param("dir", "desc")
				.with(user("dash-" + this.data.suffix).roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"scorecard-median\"");
		assertThat(page.indexOf("KPI team " + this.data.suffix)).isPositive()
			.isLessThan(page.indexOf("KPI empty team " + this.data.suffix));
		String platformOnly = this.mvc
			.perform(get("/dashboard/teams").param("q", this.data.suffix)
				.param("kind", "PLATFORM")
				.with(user("dash-" + this.data.suffix).roles("TEAM_MEMBER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(platformOnly).contains("KPI empty team " + this.data.suffix)
			.doesNotContain(">KPI team " + this.data.suffix);
		String csv = this.mvc
			.perform(get("/dashboard/teams.csv").param("q", "KPI team " + this.data.suffix)
				.with(user("dash-" + this.data.suffix).roles("TEAM_MEMBER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines()).hasSize(2);
		assertThat(csv.lines().skip(1).findFirst().orElseThrow())
			.startsWith("KPI team " + this.data.suffix + ",DEVELOPMENT,1,3,");
	}

	@Test
	void theScorecardsTellABadFilterValueNextToItsFieldAndKeepTheOthers() throws Exception {
		String page = this.mvc
			.perform(get("/dashboard/teams").param("q", "kept " + this.data.suffix)
				.param("kind", "BOGUS")
				.param("sort", "NOT_A_KPI")
				.param("dir", "sideways")
				.with(user("dash-" + this.data.suffix).roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"f-kind-error\"", "Choose a team kind from the list.", "id=\"f-sort-error\"",
				"id=\"f-dir-error\"", "value=\"kept " + this.data.suffix + "\"");
		String tooLong = this.mvc
			.perform(get("/dashboard/teams").param("q", "x".repeat(201))
				.with(user("dash-" + this.data.suffix).roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tooLong).contains("id=\"f-q-error\"", "At most 200 characters");
		String badPage = this.mvc
			.perform(get("/dashboard/teams").param("page", "next")
				.param("size", "500")
				.with(user("dash-" + this.data.suffix).roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(badPage).contains("id=\"paging-errors\"", "The page is a number, such as 2.",
				"A page shows 1 to 200 rows.", "id=\"scorecard-filters\"");
		this.mvc
			.perform(get("/dashboard/teams.csv").param("kind", "BOGUS")
				.with(user("dash-" + this.data.suffix).roles("TEAM_MEMBER")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theTrendsSayTheirValuesAreStoredSnapshotsAndLinkNoList() throws Exception {
		String page = this.mvc.perform(get("/dashboard").with(user("dash-" + this.data.suffix).roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"trend-snapshot-note\"", "Each value is a stored daily snapshot");
		for (String chart : List.of("trend-shares", "trend-counts", "trend-days", "quarters")) {
			String figure = page.substring(page.indexOf("<figure class=\"chart\" id=\"" + chart + "\""));
			figure = figure.substring(0, figure.indexOf("</figure>"));
			// the CSV download is the chart's one link
			assertThat(Pattern.compile("href=").matcher(figure).results().count()).as(chart).isEqualTo(1);
		}
	}

	@Test
	void theTeamPageShowsItsKpisAndItsOpenRisksAcceptanceStates() throws Exception {
		String page = this.mvc
			.perform(get("/teams/" + this.data.team).with(user("dash-" + this.data.suffix).roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"team-kpis\"", "id=\"team-kpi-PRODUCTS_OWNED\"", "acceptance request pending",
				"acceptance expired, not renewed", "id=\"team-heatmap-link\"");
	}

	private void checkLinks(KpiSet set, KpiLinks links, List<String> checked) throws Exception {
		for (Kpi kpi : Kpi.values()) {
			if (!set.has(kpi)) {
				continue;
			}
			KpiValue value = set.get(kpi);
			check(kpi, links.numerator(kpi), value.numerator(), checked);
			if (kpi.measure() != Kpi.Measure.COUNT) {
				check(kpi, links.denominator(kpi), value.denominator(), checked);
				check(kpi, links.missing(kpi), value.missing(), checked);
			}
		}
	}

	private void check(Kpi kpi, String href, long expected, List<String> checked) throws Exception {
		if (href == null || href.startsWith("/teams/") || href.startsWith("/training")) {
			return;
		}
		UriComponents uri = UriComponentsBuilder.fromUriString(href).build();
		var request = get(uri.getPath()).param("size", "1");
		if (expected > GateQuery.COUNTED_AHEAD) {
			// A list counts exactly up to this many rows past its page's first: a larger
			// number is read from the page of its last row.
			request = request.param("page", Long.toString(expected - 1));
		}
		for (Map.Entry<String, List<String>> param : uri.getQueryParams().entrySet()) {
			request = request.param(param.getKey(), param.getValue().toArray(String[]::new));
		}
		MvcResult result = this.mvc
			.perform(request.header("Cache-Control", "no-cache")
				.with(user("dash-" + this.data.suffix).roles("SECURITY_MANAGER")))
			.andExpect(status().isOk())
			.andReturn();
		Map<String, Object> model = result.getModelAndView().getModel();
		Page<?> list = java.util.stream.Stream
			.of("risks", "products", "pending", "failing", "evaluations", "assets", "roster", "incidents")
			.map((name) -> PageModels.list(model, name))
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
		long total = (list != null) ? list.totalElements() : -1;
		assertThat(total).as(kpi + " " + href).isEqualTo(expected);
		checked.add(href);
	}

	private static List<Long> counts(KpiSet set, Kpi... kpis) {
		return java.util.Arrays.stream(kpis).map((kpi) -> set.get(kpi).numerator()).toList();
	}

}
