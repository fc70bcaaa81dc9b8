package io.ownership.web.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;
import io.ownership.web.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every catalog list and page runs the same number of SQL statements whether it shows 5
 * rows or 200 of 500: lists and dashboards are projections, never walks row by row.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class CatalogStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TeamPages teamPages;

	@Test
	void listsAndPagesRunAFixedNumberOfStatements() throws Exception {
		Seed small = seed(5);
		Seed large = seed(500);

		Map<String, Integer> smallCounts = measure(small);
		Map<String, Integer> largeCounts = measure(large);

		assertThat(largeCounts).isEqualTo(smallCounts);
		assertThat(smallCounts.values()).allSatisfy((count) -> assertThat(count).isBetween(1, 30));
	}

	/**
	 * The team page's read models share one read-only transaction and its connection
	 * (they opened five transactions on seven connections).
	 */
	@Test
	void theTeamPageIsReadInOneTransactionOnOneConnection() {
		Seed seed = seed(5);
		Actor viewer = new Actor("counter", Set.of(Role.TEAM_MEMBER));
		this.teamPages.dashboard(viewer, seed.team, false);

		StatementCounter.reset();
		TeamPage page = this.teamPages.dashboard(viewer, seed.team, false);
		assertThat(page.team().name()).isEqualTo(seed.prefix + "-team");
		assertThat(StatementCounter.connections()).as("connections").isEqualTo(1);
		assertThat(StatementCounter.transactions()).as("transactions").isEqualTo(1);
	}

	/**
	 * The team page's maturity panel shows the latest assessment's period and status: one
	 * statement, without the assessment's answers (it loaded the whole assessment in
	 * two).
	 */
	@Test
	void theTeamPagesMaturityPanelReadsNoAnswers() throws Exception {
		Seed seed = seed(2);
		count("/teams/" + seed.team, seed.prefix + "-team");
		assertThat(StatementCounter.count("maturity_answer")).isZero();
		assertThat(StatementCounter.count("maturity_assessment")).isEqualTo(1);
	}

	private Map<String, Integer> measure(Seed seed) throws Exception {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("/products", count("/products?size=200&q=" + seed.prefix, seed.lastProductShown));
		counts.put("/teams", count("/teams?size=200&q=" + seed.prefix, seed.lastTeamShown));
		counts.put("/teams/{id}", count("/teams/" + seed.team, seed.lastProductShown));
		counts.put("/people", count("/people?size=200&q=" + seed.prefix, seed.lastPersonShown));
		counts.put("/products/{id}", count("/products/" + seed.product, seed.lastAsset));
		counts.put("/products.csv", count("/products.csv?q=" + seed.prefix, seed.lastProductShown));
		counts.put("/assets", count("/assets?size=200&team=" + seed.team, seed.prefix + "-team"));
		return counts;
	}

	/**
	 * Counts the statements of a second request: the first may read what is then kept in
	 * memory (published matrix contents, training figures). A kept page is asked for
	 * afresh ({@code Cache-Control: no-cache}): the guard counts the page's own work.
	 */
	private int count(String url, String mustShow) throws Exception {
		this.mvc.perform(get(url).header("Cache-Control", "no-cache").with(user("counter").roles("TEAM_MEMBER")));
		StatementCounter.reset();
		MvcResult result = this.mvc
			.perform(get(url).header("Cache-Control", "no-cache").with(user("counter").roles("TEAM_MEMBER")))
			.andReturn();
		int statements = StatementCounter.count();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).as(url + " shows its rows").contains(mustShow);
		return statements;
	}

	/**
	 * A team with {@code n} members and {@code n} products running on a platform of
	 * another team; {@code n} other teams; the first product owns {@code n} assets and is
	 * responsible for {@code n} vendor components; the platform owns {@code n} assets.
	 */
	private Seed seed(int n) {
		String prefix = "cnt" + n + "-" + UUID.randomUUID().toString().substring(0, 6);
		UUID team = UUID.randomUUID();
		UUID platformTeam = UUID.randomUUID();
		UUID platform = UUID.randomUUID();
		List<Object[]> teams = new ArrayList<>();
		teams.add(new Object[] { team, prefix + "-team", "DEVELOPMENT" });
		teams.add(new Object[] { platformTeam, prefix + "-platform-team", "PLATFORM" });
		for (int i = 0; i < n; i++) {
			teams.add(new Object[] { UUID.randomUUID(), String.format("%s-team-%04d", prefix, i), "OTHER" });
		}
		this.jdbc.batchUpdate("insert into team (id, name, kind) values (?, ?, ?)", teams);
		List<Object[]> people = new ArrayList<>();
		List<Object[]> members = new ArrayList<>();
		List<UUID> personIds = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			UUID person = UUID.randomUUID();
			personIds.add(person);
			people
				.add(new Object[] { person, String.format("%s-person-%04d", prefix, i), prefix + i + "@example.org" });
			members.add(new Object[] { team, person, "Developer" });
		}
		this.jdbc.batchUpdate("insert into person (id, name, email) values (?, ?, ?)", people);
		this.jdbc.batchUpdate("insert into team_member (team_id, person_id, role) values (?, ?, ?)", members);
		this.jdbc.update("insert into product (id, name, kind, owning_team_id) values (?, ?, 'PLATFORM', ?)", platform,
				prefix + "-platform", platformTeam);
		List<Object[]> products = new ArrayList<>();
		List<Object[]> runsOn = new ArrayList<>();
		List<UUID> productIds = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			UUID product = UUID.randomUUID();
			productIds.add(product);
			products.add(new Object[] { product, String.format("%s-product-%04d", prefix, i), team, personIds.get(i),
					personIds.get(i) });
			runsOn.add(new Object[] { product, platform });
		}
		this.jdbc.batchUpdate("insert into product (id, name, kind, owning_team_id, product_owner_id, risk_owner_id)"
				+ " values (?, ?, 'BUSINESS_SERVICE', ?, ?, ?)", products);
		this.jdbc.batchUpdate("insert into product_runs_on (product_id, platform_id) values (?, ?)", runsOn);
		List<Object[]> assets = new ArrayList<>();
		UUID first = productIds.get(0);
		for (int i = 0; i < n; i++) {
			assets.add(new Object[] { UUID.randomUUID(), String.format("%s-repo-%04d", prefix, i), "CODE_REPOSITORY",
					first, null, first });
			assets.add(new Object[] { UUID.randomUUID(), String.format("%s-lib-%04d", prefix, i),
					"THIRD_PARTY_COMPONENT", null, "Vendor " + i, first });
			assets.add(new Object[] { UUID.randomUUID(), String.format("%s-cluster-%04d", prefix, i),
					"KUBERNETES_CLUSTER", platform, null, platform });
		}
		this.jdbc.batchUpdate("insert into asset (id, name, type, owner_product_id, external_owner,"
				+ " responsible_product_id) values (?, ?, ?, ?, ?, ?)", assets);
		int shown = Math.min(n, 199) - 1;
		return new Seed(prefix, team, first, String.format("%s-product-%04d", prefix, shown),
				String.format("%s-team-%04d", prefix, Math.min(n, 198) - 1),
				String.format("%s-person-%04d", prefix, shown), String.format("%s-cluster-%04d", prefix, n - 1));
	}

	private record Seed(String prefix, UUID team, UUID product, String lastProductShown, String lastTeamShown,
			String lastPersonShown, String lastAsset) {

	}

}
