package io.ownership.core.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RiskJobsTests {

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
		this.world.heldLocks.add(RiskJobs.LOCK);
		assertThat(this.world.jobs.expireDue()).isZero();
		assertThat(acceptance.status()).isEqualTo(AcceptanceStatus.ACTIVE);
	}

	@Test
	void anAcceptanceThatFailsIsSkippedAndTheOthersOfTheRunGoOn() {
		RiskAcceptance stale = this.world.request(this.world.medium(), this.world.today().plusDays(1));
		RiskAcceptance other = this.world.request(this.world.medium(), this.world.today().plusDays(2));
		this.world.clock.advanceDays(3);
		this.world.staleOnSave.add(stale.id());

		RiskJobs.Run run = this.world.jobs.run(14, Runnable::run);

		assertThat(run.ran()).isTrue();
		assertThat(run.expired()).isEqualTo(1);
		assertThat(run.failed()).isEqualTo(1);
		assertThat(this.world.acceptances.get(other.id()).status()).isEqualTo(AcceptanceStatus.EXPIRED);
	}

	@Test
	void anAcceptanceWithoutARequesterExpiresAndIsRemindedOfWithoutFailing() {
		RiskAcceptance requested = this.world.request(this.world.medium(), this.world.today().plusDays(10));
		RiskAcceptance vacant = new RiskAcceptance(requested.id(), requested.risk(), requested.product(), null, null,
				requested.justification(), requested.compensatingControls(), requested.expiresOn(), requested.status(),
				requested.autonomous(), requested.reasons(), requested.approvalsNeeded(), requested.approvals(), false,
				null, null, requested.transitions(), requested.version());
		this.world.acceptances.put(vacant.id(), vacant);

		this.world.clock.advanceDays(1);
		RiskJobs.Run reminders = this.world.jobs.run(14, Runnable::run);
		this.world.clock.advanceDays(10);
		RiskJobs.Run expiry = this.world.jobs.run(14, Runnable::run);

		assertThat(reminders.reminded()).isEqualTo(1);
		assertThat(reminders.failed()).isZero();
		assertThat(expiry.expired()).isEqualTo(1);
		assertThat(expiry.failed()).isZero();
		assertThat(this.world.acceptances.get(vacant.id()).status()).isEqualTo(AcceptanceStatus.EXPIRED);
	}

	@Test
	void expiryAndRemindersShareOneLockSoTheyNeverRunAgainstEachOther() {
		RiskAcceptance acceptance = this.world.request(this.world.medium(), this.world.today().plusDays(10));
		this.world.clock.advanceDays(1);
		this.world.heldLocks.add(RiskJobs.LOCK);

		assertThat(this.world.jobs.run(14, Runnable::run).ran()).isFalse();
		assertThat(this.world.jobs.remind(14)).isZero();
		assertThat(this.world.acceptances.get(acceptance.id()).reminderSentAt()).isNull();
	}

}
