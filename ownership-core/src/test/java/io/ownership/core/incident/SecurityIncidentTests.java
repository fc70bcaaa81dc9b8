package io.ownership.core.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.responsibility.matrix.ActivityId;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.risk.RiskId;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecurityIncidentTests {

	static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	static final Instant DETECTED = NOW.minus(Duration.ofHours(10));

	@Test
	void theStatusFollowsTheTimes() {
		SecurityIncident incident = report(new IncidentTimes(DETECTED, null, null));
		assertThat(incident.status()).isEqualTo(IncidentStatus.OPEN);
		incident.revise(details(new IncidentTimes(DETECTED, DETECTED.plusSeconds(3600), null)), NOW);
		assertThat(incident.status()).isEqualTo(IncidentStatus.CONTAINED);
		incident.revise(details(new IncidentTimes(DETECTED, DETECTED.plusSeconds(3600), DETECTED.plusSeconds(7200))),
				NOW);
		assertThat(incident.status()).isEqualTo(IncidentStatus.RESOLVED);
	}

	@Test
	void containedBeforeDetectedIsRefusedAtItsField() {
		assertThatThrownBy(() -> report(new IncidentTimes(DETECTED, DETECTED.minusSeconds(1), null)))
			.isInstanceOf(InvalidInputException.class)
			.extracting("field", "code")
			.containsExactly("containedAt", "incident.containedAt.beforeDetected");
	}

	@Test
	void resolvedBeforeContainedIsRefusedAtItsField() {
		assertThatThrownBy(() -> report(new IncidentTimes(DETECTED, DETECTED.plusSeconds(60), DETECTED)))
			.isInstanceOf(InvalidInputException.class)
			.extracting("field", "code")
			.containsExactly("resolvedAt", "incident.resolvedAt.beforeContained");
	}

	@Test
	void resolvedWithoutContainedAsksForTheContainedTime() {
		assertThatThrownBy(() -> report(new IncidentTimes(DETECTED, null, DETECTED.plusSeconds(60))))
			.isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo("containedAt");
	}

	@Test
	void noTimeIsInTheFuture() {
		assertThatThrownBy(() -> report(new IncidentTimes(NOW.plusSeconds(1), null, null)))
			.isInstanceOf(InvalidInputException.class)
			.extracting("field", "code")
			.containsExactly("detectedAt", "incident.time.future");
		assertThatThrownBy(() -> report(new IncidentTimes(DETECTED, DETECTED, NOW.plusSeconds(60))))
			.isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo("resolvedAt");
		assertThat(report(new IncidentTimes(DETECTED, NOW, NOW)).status()).isEqualTo(IncidentStatus.RESOLVED);
	}

	@Test
	void detectedIsRequired() {
		assertThatThrownBy(() -> report(new IncidentTimes(null, null, null))).extracting("field")
			.isEqualTo("detectedAt");
	}

	@Test
	void onlyAResolvedIncidentWithItsPostMortemCloses() {
		SecurityIncident open = report(new IncidentTimes(DETECTED, DETECTED.plusSeconds(60), null));
		assertThatThrownBy(() -> open.close(true)).isInstanceOf(DomainException.class)
			.extracting("code")
			.isEqualTo("incident.rule.closeNotResolved");
		SecurityIncident resolved = resolved();
		assertThatThrownBy(() -> resolved.close(false)).extracting("code")
			.isEqualTo("incident.rule.closeWithoutPostMortem");
		resolved.close(true);
		assertThat(resolved.status()).isEqualTo(IncidentStatus.CLOSED);
	}

	@Test
	void aClosedIncidentIsNotChangedUntilReopened() {
		SecurityIncident incident = resolved();
		incident.close(true);
		assertThatThrownBy(() -> incident.revise(details(incident.times()), NOW)).extracting("code")
			.isEqualTo("incident.rule.closed");
		incident.reopen();
		assertThat(incident.status()).isEqualTo(IncidentStatus.RESOLVED);
		assertThatThrownBy(incident::reopen).extracting("code").isEqualTo("incident.rule.reopenNotClosed");
	}

	@Test
	void aRefusedRevisionChangesNothing() {
		SecurityIncident incident = report(new IncidentTimes(DETECTED, null, null));
		assertThatThrownBy(() -> incident.revise(new IncidentDetails("Another title", null, RiskLevel.LOW,
				new IncidentTimes(DETECTED, DETECTED.minusSeconds(5), null), Set.of(), Set.of()), NOW))
			.isInstanceOf(InvalidInputException.class);
		assertThat(incident.title()).isEqualTo("Leaked token");
		assertThat(incident.severity()).isEqualTo(RiskLevel.HIGH);
	}

	@Test
	void aPostMortemIsWrittenOnceTheIncidentIsResolvedAndKeepsItsLineBreaks() {
		SecurityIncident contained = report(new IncidentTimes(DETECTED, DETECTED.plusSeconds(60), null));
		PostMortem.PostMortemText text = new PostMortem.PostMortemText("09:00 alert\n09:30 token revoked",
				"No rotation runbook", null, null);
		assertThatThrownBy(() -> PostMortem.write(contained, text, "manager")).extracting("code")
			.isEqualTo("postMortem.rule.notResolved");
		PostMortem postMortem = PostMortem.write(resolved(), text, "manager");
		assertThat(postMortem.timeline()).isEqualTo("09:00 alert\n09:30 token revoked");
		assertThat(postMortem.wentWell()).isNull();
	}

	@Test
	void aPostMortemNeedsTimelineAndContributingFactors() {
		assertThatThrownBy(() -> PostMortem.write(resolved(), new PostMortem.PostMortemText(" ", "x", null, null), "m"))
			.extracting("field")
			.isEqualTo("timeline");
		assertThatThrownBy(
				() -> PostMortem.write(resolved(), new PostMortem.PostMortemText("x", null, null, null), "m"))
			.extracting("field")
			.isEqualTo("contributingFactors");
	}

	@Test
	void aPostMortemNamesTheFailedActivityAndLinksItsRisks() {
		FailedActivity failed = new FailedActivity(UseCaseId.random(), ActivityId.random(),
				"Incident management: Coordinate the incident response");
		PostMortem postMortem = PostMortem.write(resolved(),
				new PostMortem.PostMortemText("t", "f", "Alerting worked", failed), "manager");
		RiskId risk = RiskId.random();
		postMortem.linkRisk(risk);
		postMortem.linkRisk(risk);
		assertThat(postMortem.failedActivity()).isEqualTo(failed);
		assertThat(postMortem.risks()).containsExactly(risk);
	}

	private static SecurityIncident resolved() {
		return report(new IncidentTimes(DETECTED, DETECTED.plusSeconds(60), DETECTED.plusSeconds(120)));
	}

	private static SecurityIncident report(IncidentTimes times) {
		return SecurityIncident.report(ProductId.random(), details(times), "manager", NOW);
	}

	private static IncidentDetails details(IncidentTimes times) {
		return new IncidentDetails("Leaked token", "A token in a public repository", RiskLevel.HIGH, times, Set.of(),
				Set.of());
	}

}
