package io.ownership.persistence.dataset;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated risks' first decisions, so that the benchmark's "mean time to a decision"
 * has values: every risk no longer open has one, within its level's days of
 * identification, never after its closure nor after now; an open risk has none.
 */
class LargeOrganizationDecisionTests {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void everyRiskNoLongerOpenWasDecidedWithinItsLevelsDaysAndNeverAfterItsClosureOrNow() {
		Instant identified = NOW.minus(Duration.ofDays(400));
		for (int r = 0; r < 500; r++) {
			for (String status : new String[] { "IN_TREATMENT", "ACCEPTED", "TRANSFERRED", "AVOIDED", "CLOSED" }) {
				Instant critical = LargeOrganization.decidedAt(r, status, "CRITICAL", identified, null, NOW);
				Instant low = LargeOrganization.decidedAt(r, status, "LOW", identified, null, NOW);
				assertThat(critical).isAfter(identified).isBeforeOrEqualTo(identified.plus(Duration.ofDays(7)));
				assertThat(low).isAfter(identified).isBeforeOrEqualTo(identified.plus(Duration.ofDays(90)));
			}
		}
		Instant closed = identified.plus(Duration.ofDays(2));
		assertThat(LargeOrganization.decidedAt(89, "CLOSED", "LOW", identified, closed, NOW)).isEqualTo(closed);
		Instant yesterday = NOW.minus(Duration.ofDays(1));
		assertThat(LargeOrganization.decidedAt(89, "ACCEPTED", "LOW", yesterday, null, NOW)).isEqualTo(NOW);
		assertThat(LargeOrganization.decidedAt(3, "OPEN", "HIGH", identified, null, NOW)).isNull();
	}

}
