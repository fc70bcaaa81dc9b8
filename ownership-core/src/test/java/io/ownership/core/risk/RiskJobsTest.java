package io.ownership.core.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RiskJobsTest {

	final RiskWorld world = new RiskWorld();

	@Test
	void anAcceptanceRunsThroughItsExpiryDayAndExpiresTheDayAfter() {
		Risk risk = this.world.medium();
		RiskAcceptance acceptance = this.world.request(risk, this.world.today().plusDays(30));
		this.world.clock.advanceDays(30);
		assertThat(this.world.jobs.expireDue()).isZero();
		assertThat(acceptance.status()).isEqualTo(AcceptanceStatus.ACTIVE);
		this.world.clock.advanceDays(1);
		assertThat(this.world.jobs.expireDue()).isEqualTo(1);
		assertThat(acceptance.status()).isEqualTo(AcceptanceStatus.EXPIRED);
		assertThat(risk.status()).isEqualTo(RiskStatus.OPEN);
		assertThat(acceptance.transitions()).last().satisfies((t) -> {
			assertThat(t.to()).isEqualTo(AcceptanceStatus.EXPIRED);
			assertThat(t.actor()).isEqualTo("system");
		});
		assertThat(this.world.notifications).anyMatch((n) -> n.startsWith("po:") && n.contains("expired"));
		assertThat(this.world.jobs.expireDue()).isZero();
	}

	@Test
	void aPendingRequestDoesNotExpireByTheJob() {
		RiskAcceptance pending = this.world.request(this.world.high(), this.world.today().plusDays(10));
		this.world.clock.advanceDays(20);
		this.world.jobs.expireDue();
		assertThat(pending.status()).isEqualTo(AcceptanceStatus.PENDING);
	}

	@Test
	void theRiskOwnerIsRemindedOnceBeforeExpiry() {
		this.world.request(this.world.medium(), this.world.today().plusDays(30));
		this.world.clock.advanceDays(15);
		assertThat(this.world.jobs.remind(14)).isZero();
		this.world.clock.advanceDays(1);
		assertThat(this.world.jobs.remind(14)).isEqualTo(1);
		assertThat(this.world.notifications).filteredOn((n) -> n.contains("expires on"))
			.singleElement()
			.satisfies((n) -> assertThat(n).startsWith("po:"));
		this.world.clock.advanceDays(1);
		assertThat(this.world.jobs.remind(14)).isZero();
	}

	@Test
	void aRunDoesNothingWhileAnotherInstanceHoldsTheLock() {
		RiskAcceptance acceptance = this.world.request(this.world.medium(), this.world.today().plusDays(1));
		this.world.clock.advanceDays(2);
		this.world.heldLocks.add(RiskJobs.EXPIRY_LOCK);
		assertThat(this.world.jobs.expireDue()).isZero();
		assertThat(acceptance.status()).isEqualTo(AcceptanceStatus.ACTIVE);
	}

}
