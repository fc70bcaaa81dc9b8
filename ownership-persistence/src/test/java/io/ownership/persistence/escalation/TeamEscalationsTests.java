package io.ownership.persistence.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ownership.core.catalog.TeamId;
import io.ownership.core.escalation.EscalationRow;
import io.ownership.persistence.PersistenceTest;
import io.ownership.persistence.Plans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.transaction.AfterTransaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team's open escalations: its own and its products', not another team's nor a closed
 * one, each read through its partial index. On 200 teams, 2,000 products and 20,000 open
 * escalations, the list does not scan the escalations. The rows are inserted and analyzed
 * in the test's transaction, which is rolled back.
 */
@PersistenceTest
class TeamEscalationsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcEscalations escalations;

	@BeforeEach
	void organization() {
		this.jdbc.sql("""
				insert into team (id, name, kind)
				select md5('escalation-guard-team' || g)::uuid, 'Escalation guard team ' || g, 'DEVELOPMENT'
				from generate_series(0, 199) g
				""").update();
		this.jdbc.sql("""
				insert into product (id, name, kind, owning_team_id)
				select md5('escalation-guard-product' || g)::uuid, 'Escalation guard product ' || g, 'BUSINESS_SERVICE',
				  md5('escalation-guard-team' || g % 200)::uuid
				from generate_series(0, 1999) g
				""").update();
		// every tenth escalation is a team's own, the others a product's; the last 100
		// are closed
		this.jdbc.sql("""
				insert into escalation (id, trigger, item, started_at, product_id, team_id, title, link, opened_at,
				  closed_at)
				select md5('escalation-guard' || g)::uuid, 'PENDING_ACCEPTANCE', 'item ' || g,
				  timestamptz '2026-01-01 00:00Z' + g * interval '1 minute',
				  case when g % 10 <> 0 then md5('escalation-guard-product' || g % 2000)::uuid end,
				  case when g % 10 = 0 then md5('escalation-guard-team' || g % 200)::uuid end,
				  'Escalation ' || g, '/risks', now(), case when g >= 20000 then now() end
				from generate_series(0, 20099) g
				""").update();
		this.jdbc.sql("""
				insert into escalation_notice (escalation_id, step, party, due_at, notified_at)
				select id, 0, 'Risk owner', now(), now() from escalation where title like 'Escalation %'
				""").update();
		this.jdbc.sql("analyze team, product, escalation, escalation_notice").update();
	}

	@Test
	void aTeamSeesItsOwnAndItsProductsOpenEscalations() {
		List<EscalationRow> rows = this.escalations.openForTeam(team(7), Instant.parse("2026-06-01T00:00:00Z"));
		// team 7 owns products 7, 207, ...; escalation g is the team's when g % 10 = 0
		// and g % 200 = 7 (never),
		// a product's of team 7 when g % 2000 % 200 = 7, that is g % 200 = 7
		assertThat(rows).hasSize(100);
		assertThat(rows).extracting(EscalationRow::title).allMatch((title) -> number(title) % 200 == 7);
		assertThat(rows).extracting(EscalationRow::title).doesNotContain("Escalation 20007");

		List<EscalationRow> ownAndProducts = this.escalations.openForTeam(team(10),
				Instant.parse("2026-06-01T00:00:00Z"));
		assertThat(ownAndProducts).extracting(EscalationRow::title)
			.contains("Escalation 10", "Escalation 210")
			.allMatch((title) -> number(title) % 200 == 10);
	}

	@Test
	void theTeamsEscalationsAreReadThroughTheirIndexes() {
		this.jdbc.sql("set local random_page_cost = 1.1").update();
		String plan = Plans.of(this.jdbc, JdbcEscalations.OPEN_FOR_TEAM, Map.of("id", team(7).value()));
		assertThat(plan).contains("ix_escalation_team")
			.contains("ix_escalation_product")
			.doesNotContain("Seq Scan on escalation");
	}

	@AfterTransaction
	void analyzeWhatIsLeft() {
		this.jdbc.sql("analyze team, product, escalation, escalation_notice").update();
	}

	private TeamId team(int number) {
		return new TeamId(this.jdbc.sql("select md5(:name)::uuid")
			.param("name", "escalation-guard-team" + number)
			.query(UUID.class)
			.single());
	}

	private static int number(String title) {
		return Integer.parseInt(title.substring("Escalation ".length()));
	}

}
