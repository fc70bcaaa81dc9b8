package io.ownership.persistence.dataset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.ownership.persistence.dataset.LargeOrganizationActivity.Table;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated organization's activity, so that the benchmark's incident, review,
 * suggestion, action, escalation and gate pages measure real rows: every table has them,
 * the same seed gives the same rows, the rows keep the tables' rules (an incident's times
 * in order, a post-mortem only for a resolved incident, an action from a generated
 * post-mortem or review), and the sample objects the benchmark names exist.
 */
class LargeOrganizationActivityTests {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	private final Map<String, Table> tables = LargeOrganizationActivity.rows(20261123, NOW);

	@Test
	void everyTableHasRowsAndTheSameSeedGivesTheSameRows() {
		assertThat(this.tables.keySet()).containsExactly("security_incident", "security_incident_asset",
				"security_incident_risk", "post_mortem", "follow_up_action", "team_review", "team_review_participant",
				"suggestion", "escalation_path", "escalation_path_step", "escalation_path_trigger", "check_run",
				"check_finding", "gate_evaluation");
		assertThat(this.tables.values()).allSatisfy((table) -> assertThat(table.rows()).isNotEmpty());
		assertThat(rows("security_incident")).hasSize(LargeOrganizationActivity.INCIDENTS);
		assertThat(rows("team_review")).hasSize(LargeOrganization.TEAMS * LargeOrganizationActivity.REVIEWS_PER_TEAM);
		assertThat(rows("suggestion")).hasSize(LargeOrganizationActivity.SUGGESTIONS);
		assertThat(rows("gate_evaluation"))
			.hasSize(LargeOrganization.PRODUCTS * LargeOrganizationActivity.EVALUATIONS_PER_PRODUCT);
		assertThat(rows("follow_up_action").size()).isGreaterThan(1_000);

		Map<String, Table> again = LargeOrganizationActivity.rows(20261123, NOW);
		this.tables.forEach(
				(name, table) -> assertThat(Arrays.deepEquals(again.get(name).rows().toArray(), table.rows().toArray()))
					.as(name)
					.isTrue());
	}

	@Test
	void incidentsKeepTheirTimesInOrderAndOnlyResolvedOnesHaveAPostMortem() {
		Table incidents = this.tables.get("security_incident");
		Set<Object> resolved = new HashSet<>();
		for (Object[] row : incidents.rows()) {
			String status = (String) row[incidents.column("status")];
			Instant detected = (Instant) row[incidents.column("detected_at")];
			Instant contained = (Instant) row[incidents.column("contained_at")];
			Instant resolvedAt = (Instant) row[incidents.column("resolved_at")];
			assertThat(detected).isBefore(NOW);
			assertThat(contained == null).as("open = not contained").isEqualTo(status.equals("OPEN"));
			assertThat(resolvedAt != null).as("resolved or closed = resolved")
				.isEqualTo(status.equals("RESOLVED") || status.equals("CLOSED"));
			if (contained != null) {
				assertThat(contained).isAfterOrEqualTo(detected).isBeforeOrEqualTo(NOW);
			}
			if (resolvedAt != null) {
				assertThat(resolvedAt).isAfterOrEqualTo(contained).isBeforeOrEqualTo(NOW);
				resolved.add(row[0]);
			}
		}
		assertThat(rows("post_mortem")).allSatisfy((row) -> assertThat(resolved).contains(row[0]));
	}

	@Test
	void actionsComeFromGeneratedPostMortemsAndReviews() {
		Set<String> postMortems = new HashSet<>();
		rows("post_mortem").forEach((row) -> postMortems.add(row[0].toString()));
		Set<String> reviews = new HashSet<>();
		rows("team_review").forEach((row) -> reviews.add(row[0].toString()));
		Table actions = this.tables.get("follow_up_action");
		LocalDate today = NOW.atOffset(ZoneOffset.UTC).toLocalDate();
		for (Object[] row : actions.rows()) {
			String reference = (String) row[actions.column("source_ref")];
			assertThat(row[actions.column("source_kind")].equals("POST_MORTEM") ? postMortems : reviews)
				.contains(reference);
			LocalDate done = (LocalDate) row[actions.column("done_on")];
			assertThat(done != null).isEqualTo(row[actions.column("status")].equals("DONE"));
			if (done != null) {
				assertThat(done).isBeforeOrEqualTo(today);
			}
		}
	}

	@Test
	void theSampleObjectsTheBenchmarkNamesExist() {
		assertThat(ids("security_incident")).contains(LargeOrganization.id("incident", 934));
		assertThat(rows("security_incident").get(934)[1]).isEqualTo(LargeOrganization.id("product", 1234));
		assertThat(ids("team_review")).contains(LargeOrganization.id("review", 45 * 8));
		assertThat(rows("team_review").get(45 * 8)[1]).isEqualTo(LargeOrganization.id("team", 45));
		assertThat(ids("suggestion")).contains(LargeOrganization.id("suggestion", 0));
		assertThat(ids("follow_up_action")).contains(LargeOrganization.id("action", 0));
	}

	private List<Object[]> rows(String table) {
		return this.tables.get(table).rows();
	}

	private Set<UUID> ids(String table) {
		Set<UUID> ids = new HashSet<>();
		rows(table).forEach((row) -> ids.add((UUID) row[0]));
		return ids;
	}

}
