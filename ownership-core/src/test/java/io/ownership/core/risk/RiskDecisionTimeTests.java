package io.ownership.core.risk;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A risk keeps the time of its risk owner's first decision (a treatment decided, a plan,
 * an acceptance active): later decisions do not move it.
 */
class RiskDecisionTimeTests {

	final RiskWorld world = new RiskWorld();

	@Test
	void theFirstPlanIsTheDecisionAndALaterDecisionKeepsItsTime() {
		Risk risk = this.world.medium();
		assertThat(risk.decidedAt()).isNull();
		this.world.clock.advanceDays(3);
		Instant planned = this.world.clock.instant();
		this.world.riskService.planTreatment(RiskWorld.PO, risk.id(), "Patch", this.world.today().plusDays(10),
				risk.version());
		Risk read = this.world.riskService.load(risk.id());
		assertThat(read.decidedAt()).isEqualTo(planned);

		this.world.clock.advanceDays(5);
		this.world.riskService.decide(RiskWorld.PO, risk.id(), Treatment.TRANSFER, "insurance", read.version());
		assertThat(this.world.riskService.load(risk.id()).decidedAt()).isEqualTo(planned);
	}

	@Test
	void anAcceptanceActiveIsTheDecision() {
		Risk risk = this.world.medium();
		this.world.clock.advanceDays(2);
		Instant accepted = this.world.clock.instant();
		this.world.request(risk, this.world.today().plusDays(30));
		assertThat(this.world.riskService.load(risk.id()).decidedAt()).isEqualTo(accepted);
	}

	@Test
	void aPendingRequestIsNoDecisionYet() {
		Risk risk = this.world.high();
		this.world.request(risk, this.world.today().plusDays(10));
		assertThat(this.world.riskService.load(risk.id()).decidedAt()).isNull();
	}

}
