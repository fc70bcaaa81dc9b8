package io.ownership.core.risk;

import java.util.Set;

import io.ownership.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static io.ownership.core.risk.RiskWorld.MANAGER;
import static io.ownership.core.risk.RiskWorld.PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reassessing cannot go around the guardrails: lowering a level needs a reason that the
 * history keeps and the security team hears of, and an acceptance decided on less than
 * the risk is now stops counting as cover, with its date brought within the new level.
 */
class ReassessmentGuardrailsTests {

	final RiskWorld world = new RiskWorld();

	private Risk reassess(Risk risk, int likelihood, int impact, RiskFlags flags, String reason) {
		return this.world.riskService.reassess(PO, risk.id(),
				new RiskDescription(risk.title(), null, risk.source(), null), likelihood, impact, flags, Set.of(),
				reason, risk.version());
	}

	@Test
	void loweringALevelWithoutAReasonIsRefusedOnTheReasonFieldAndChangesNothing() {
		Risk risk = this.world.critical();
		assertThatThrownBy(() -> reassess(risk, 1, 2, RiskFlags.NONE, "  "))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("reason"));
		assertThat(risk.level()).isEqualTo(RiskLevel.CRITICAL);
		assertThat(risk.likelihood()).isEqualTo(5);
	}

	@Test
	void loweringALevelIsInTheHistoryWithItsReasonAndToldToTheSecurityManagers() {
		Risk risk = this.world.critical();
		reassess(risk, 1, 2, RiskFlags.NONE, "Only reachable from the admin network");
		assertThat(this.world.history).last().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("risk.reassessed");
			assertThat(entry.summary()).contains("lowered from Critical to Low");
			assertThat(entry.comment()).isEqualTo("Only reachable from the admin network");
		});
		assertThat(this.world.notifications).anyMatch((n) -> n.startsWith("manager: ")
				&& n.contains("lowered from Critical to Low by Name of po: Only reachable from the admin network"));
		assertThat(this.world.notifications).anyMatch((n) -> n.startsWith("manager2: "));
	}

	@Test
	void lowerAcceptAloneAndRaiseAgainLeavesTheRiskNotAcceptedAndTheDateWithinTheNewLevel() {
		Risk risk = this.world.critical();
		reassess(risk, 1, 2, RiskFlags.NONE, "Mitigated, they say");
		RiskAcceptance alone = this.world.request(risk, this.world.today().plusDays(365));
		assertThat(alone.autonomous()).isTrue();
		assertThat(risk.status()).isEqualTo(RiskStatus.ACCEPTED);

		reassess(risk, 5, 5, RiskFlags.NONE, null);

		assertThat(alone.status()).isEqualTo(AcceptanceStatus.ACTIVE);
		assertThat(alone.markedForReview()).isTrue();
		assertThat(alone.countsAsCover(this.world.today())).isFalse();
		assertThat(risk.status()).as("no longer accepted").isEqualTo(RiskStatus.OPEN);
		assertThat(alone.expiresOn()).as("at most 30 days for a critical risk")
			.isEqualTo(this.world.today().plusDays(30));
		assertThat(alone.transitions()).extracting(AcceptanceTransition::action)
			.containsExactly("requested", "markedForReview", "expiryShortened");
		assertThat(this.world.history).extracting((e) -> e.action()).contains("risk.coverLost");
	}

	@Test
	void aNewRequestOnARiskWhoseAcceptanceNeedsADecisionSupersedesItWhenApproved() {
		Risk risk = this.world.medium();
		RiskAcceptance first = this.world.request(risk, this.world.today().plusDays(100));
		reassess(risk, 4, 4, RiskFlags.NONE, null);
		RiskAcceptance renewal = this.world.request(risk, this.world.today().plusDays(60));
		assertThat(renewal.status()).isEqualTo(AcceptanceStatus.PENDING);
		this.world.acceptanceService.approve(MANAGER, renewal.id(), "Compensated", 0);
		assertThat(first.status()).isEqualTo(AcceptanceStatus.SUPERSEDED);
		assertThat(renewal.countsAsCover(this.world.today())).isTrue();
		assertThat(risk.status()).isEqualTo(RiskStatus.ACCEPTED);
	}

	@Test
	void raisingBackToTheLevelItWasDecidedOnKeepsTheCover() {
		Risk risk = this.world.medium();
		RiskAcceptance acceptance = this.world.request(risk, this.world.today().plusDays(100));
		reassess(risk, 1, 2, RiskFlags.NONE, "Less exposed");
		reassess(risk, 2, 3, RiskFlags.NONE, null);
		assertThat(acceptance.markedForReview()).isFalse();
		assertThat(risk.status()).isEqualTo(RiskStatus.ACCEPTED);
	}

	@Test
	void aPendingRequestJudgedOnALowerLevelIsCancelledWhenTheRiskRises() {
		Risk risk = this.world.high();
		RiskAcceptance pending = this.world.request(risk, this.world.today().plusDays(60));
		reassess(risk, 5, 5, RiskFlags.NONE, null);
		assertThat(pending.status()).isEqualTo(AcceptanceStatus.WITHDRAWN);
		assertThat(pending.transitions()).last().satisfies((t) -> assertThat(t.action()).isEqualTo("cancelled"));
		assertThat(this.world.notifications).anyMatch((n) -> n.startsWith("po: ") && n.contains("request again"));
	}

	@Test
	void closingARiskCancelsItsPendingRequestInItsHistory() {
		Risk risk = this.world.high();
		RiskAcceptance pending = this.world.request(risk, this.world.today().plusDays(60));
		this.world.riskService.close(PO, risk.id(), "Fixed", risk.version());
		assertThat(pending.status()).isEqualTo(AcceptanceStatus.WITHDRAWN);
		assertThat(pending.transitions()).last().satisfies((t) -> {
			assertThat(t.action()).isEqualTo("cancelled");
			assertThat(t.comment()).contains("Risk closed");
		});
		assertThat(this.world.history).extracting((e) -> e.action()).contains("acceptance.cancelled");
	}

	@Test
	void theRequesterIsToldWhoDecidedAndWhy() {
		Risk risk = this.world.high();
		RiskAcceptance pending = this.world.request(risk, this.world.today().plusDays(60));
		this.world.acceptanceService.reject(MANAGER, pending.id(), "Fix it instead", 0);
		assertThat(this.world.notifications)
			.anyMatch((n) -> n.startsWith("po: ") && n.endsWith("was rejected by Name of manager: Fix it instead"));
	}

}
