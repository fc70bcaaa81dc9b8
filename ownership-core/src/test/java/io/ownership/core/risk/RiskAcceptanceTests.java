package io.ownership.core.risk;

import java.util.Set;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.risk.acceptance.Approval;
import io.ownership.core.risk.guardrail.GuardrailReason;
import io.ownership.core.risk.guardrail.GuardrailRule;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.StaleVersionException;
import org.junit.jupiter.api.Test;

import static io.ownership.core.risk.RiskWorld.MANAGER;
import static io.ownership.core.risk.RiskWorld.MANAGER_2;
import static io.ownership.core.risk.RiskWorld.PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskAcceptanceTests {

	final RiskWorld world = new RiskWorld();

	@Test
	void aMediumRiskIsAcceptedAloneAndActiveAtOnce() {
		Risk risk = this.world.medium();
		RiskAcceptance acceptance = this.world.request(risk, this.world.today().plusDays(100));
		assertThat(acceptance.status()).isEqualTo(AcceptanceStatus.ACTIVE);
		assertThat(acceptance.autonomous()).isTrue();
		assertThat(risk.status()).isEqualTo(RiskStatus.ACCEPTED);
		assertThat(acceptance.transitions()).singleElement().satisfies((t) -> {
			assertThat(t.from()).isNull();
			assertThat(t.to()).isEqualTo(AcceptanceStatus.ACTIVE);
			assertThat(t.actor()).isEqualTo("po");
			assertThat(t.comment()).contains("within guardrails");
			assertThat(t.risk().level()).isEqualTo(RiskLevel.MEDIUM);
		});
		assertThat(this.world.notifications).isEmpty();
	}

	@Test
	void theExpiryDefaultsToTheLongestTheGuardrailsAllow() {
		RiskAcceptance acceptance = this.world.request(this.world.medium(), null);
		assertThat(acceptance.expiresOn()).isEqualTo(this.world.today().plusDays(180));
	}

	@Test
	void anExpiryBeyondTheGuardrailsIsRefusedOnTheField() {
		Risk risk = this.world.medium();
		assertThatThrownBy(() -> this.world.request(risk, this.world.today().plusDays(181)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("expiresOn"));
		assertThat(this.world.acceptances).isEmpty();
	}

	@Test
	void aHighRiskWithCustomerDataWaitsForApprovalWithItsReasons() {
		Risk risk = this.world.risk(3, 4, new RiskFlags(Set.of(), true, null));
		RiskAcceptance acceptance = this.world.request(risk, this.world.today().plusDays(60));
		assertThat(acceptance.status()).isEqualTo(AcceptanceStatus.PENDING);
		assertThat(acceptance.autonomous()).isFalse();
		assertThat(acceptance.reasons()).extracting(GuardrailReason::rule)
			.containsExactly(GuardrailRule.LEVEL_ABOVE_AUTONOMY_LIMIT, GuardrailRule.INVOLVES_CUSTOMER_DATA);
		assertThat(risk.status()).isEqualTo(RiskStatus.OPEN);
		assertThat(this.world.notifications).anyMatch((n) -> n.startsWith("manager: New acceptance request"));
	}

	@Test
	void approvalActivatesAndRecordsWhoWhenWhyAndTheRiskAsDecided() {
		Risk risk = this.world.high();
		RiskAcceptance acceptance = this.world.request(risk, this.world.today().plusDays(60));
		this.world.clock.advanceDays(1);
		this.world.acceptanceService.approve(MANAGER, acceptance.id(), "Compensated by the WAF", 0);
		assertThat(acceptance.status()).isEqualTo(AcceptanceStatus.ACTIVE);
		assertThat(risk.status()).isEqualTo(RiskStatus.ACCEPTED);
		AcceptanceTransition last = acceptance.transitions().get(acceptance.transitions().size() - 1);
		assertThat(last.from()).isEqualTo(AcceptanceStatus.PENDING);
		assertThat(last.to()).isEqualTo(AcceptanceStatus.ACTIVE);
		assertThat(last.actor()).isEqualTo("manager");
		assertThat(last.at()).isEqualTo(this.world.clock.instant());
		assertThat(last.comment()).isEqualTo("Compensated by the WAF");
		assertThat(last.risk().level()).isEqualTo(RiskLevel.HIGH);
		assertThat(last.risk().score()).isEqualTo(12);
		assertThat(last.risk().status()).as("the risk as the approver saw it").isEqualTo(RiskStatus.OPEN);
		assertThat(this.world.notifications).anyMatch((n) -> n.startsWith("po: Your acceptance"));
	}

	@Test
	void approvalNeedsAComment() {
		RiskAcceptance acceptance = this.world.request(this.world.high(), this.world.today().plusDays(60));
		assertThatThrownBy(() -> this.world.acceptanceService.approve(MANAGER, acceptance.id(), " ", 0))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("comment"));
		assertThat(acceptance.status()).isEqualTo(AcceptanceStatus.PENDING);
	}

	@Test
	void theRequesterCannotApproveTheirOwnRequest() {
		Risk risk = this.world.high();
		RiskAcceptance acceptance = this.world.request(risk, this.world.today().plusDays(60));
		assertThatThrownBy(() -> acceptance.approve("po", "mine", risk, this.world.clock.instant()))
			.isInstanceOf(DomainException.class)
			.extracting((ex) -> ((DomainException) ex).code())
			.isEqualTo("acceptance.approve.self");
		assertThat(acceptance.status()).isEqualTo(AcceptanceStatus.PENDING);
	}

	@Test
	void aCriticalRiskNeedsTwoDistinctApprovers() {
		Risk risk = this.world.critical();
		RiskAcceptance acceptance = this.world.request(risk, this.world.today().plusDays(20));
		assertThat(acceptance.approvalsNeeded()).isEqualTo(2);
		this.world.acceptanceService.approve(MANAGER, acceptance.id(), "ok", 0);
		assertThat(acceptance.status()).isEqualTo(AcceptanceStatus.PENDING);
		assertThat(acceptance.approvals()).hasSize(1);
		assertThatThrownBy(() -> this.world.acceptanceService.approve(MANAGER, acceptance.id(), "again", 0))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("already approved");
		this.world.acceptanceService.approve(MANAGER_2, acceptance.id(), "ok too", 0);
		assertThat(acceptance.status()).isEqualTo(AcceptanceStatus.ACTIVE);
		assertThat(acceptance.approvals()).extracting(Approval::approver).containsExactly("manager", "manager2");
	}

	@Test
	void anActiveAcceptanceIsNotApprovedAgain() {
		RiskAcceptance acceptance = this.world.request(this.world.high(), this.world.today().plusDays(60));
		this.world.acceptanceService.approve(MANAGER, acceptance.id(), "ok", 0);
		assertThatThrownBy(() -> this.world.acceptanceService.approve(MANAGER_2, acceptance.id(), "ok", 0))
			.isInstanceOf(DomainException.class)
			.extracting((ex) -> ((DomainException) ex).code())
			.isEqualTo("acceptance.approve.notPending");
	}

	@Test
	void anExpiredAcceptanceIsNotApproved() {
		Risk risk = this.world.medium();
		RiskAcceptance acceptance = this.world.request(risk, this.world.today().plusDays(10));
		this.world.clock.advanceDays(11);
		this.world.jobs.expireDue();
		assertThat(acceptance.status()).isEqualTo(AcceptanceStatus.EXPIRED);
		assertThatThrownBy(() -> this.world.acceptanceService.approve(MANAGER, acceptance.id(), "ok", 0))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("pending");
	}

	@Test
	void aPendingRequestWhoseDateHasPassedIsNotApproved() {
		RiskAcceptance acceptance = this.world.request(this.world.high(), this.world.today().plusDays(5));
		this.world.clock.advanceDays(5);
		assertThatThrownBy(() -> this.world.acceptanceService.approve(MANAGER, acceptance.id(), "ok", 0))
			.isInstanceOf(DomainException.class)
			.extracting((ex) -> ((DomainException) ex).code())
			.isEqualTo("acceptance.approve.expired");
	}

	@Test
	void aStaleFormIsRefused() {
		RiskAcceptance acceptance = this.world.request(this.world.high(), this.world.today().plusDays(60));
		assertThatThrownBy(() -> this.world.acceptanceService.approve(MANAGER, acceptance.id(), "ok", 7))
			.isInstanceOf(StaleVersionException.class);
		assertThat(acceptance.status()).isEqualTo(AcceptanceStatus.PENDING);
	}

	@Test
	void rejectionNeedsACommentAndEndsTheRequest() {
		Risk risk = this.world.high();
		RiskAcceptance acceptance = this.world.request(risk, this.world.today().plusDays(60));
		assertThatThrownBy(() -> this.world.acceptanceService.reject(MANAGER, acceptance.id(), null, 0))
			.isInstanceOf(InvalidInputException.class);
		this.world.acceptanceService.reject(MANAGER, acceptance.id(), "Fix it instead", 0);
		assertThat(acceptance.status()).isEqualTo(AcceptanceStatus.REJECTED);
		assertThat(risk.status()).isEqualTo(RiskStatus.OPEN);
		assertThatThrownBy(() -> this.world.acceptanceService.approve(MANAGER, acceptance.id(), "ok", 0))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void theRequesterWithdrawsWhilePendingOnly() {
		Risk risk = this.world.high();
		RiskAcceptance pending = this.world.request(risk, this.world.today().plusDays(60));
		this.world.acceptanceService.withdraw(PO, pending.id(), null, 0);
		assertThat(pending.status()).isEqualTo(AcceptanceStatus.WITHDRAWN);
		RiskAcceptance active = this.world.request(this.world.medium(), this.world.today().plusDays(60));
		assertThatThrownBy(() -> this.world.acceptanceService.withdraw(PO, active.id(), null, 0))
			.isInstanceOf(DomainException.class)
			.extracting((ex) -> ((DomainException) ex).code())
			.isEqualTo("acceptance.withdraw.notPending");
	}

	@Test
	void revokingReopensTheRiskAndNeedsAComment() {
		Risk risk = this.world.medium();
		RiskAcceptance acceptance = this.world.request(risk, this.world.today().plusDays(60));
		assertThatThrownBy(() -> this.world.acceptanceService.revoke(MANAGER, acceptance.id(), "", 0))
			.isInstanceOf(InvalidInputException.class);
		this.world.acceptanceService.revoke(MANAGER, acceptance.id(), "New exploit published", 0);
		assertThat(acceptance.status()).isEqualTo(AcceptanceStatus.REVOKED);
		assertThat(risk.status()).isEqualTo(RiskStatus.OPEN);
		assertThatThrownBy(() -> this.world.acceptanceService.revoke(MANAGER, acceptance.id(), "again", 0))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void aRenewalIsANewRequestThatSupersedesTheActiveOneWhenApproved() {
		Risk risk = this.world.medium();
		RiskAcceptance first = this.world.request(risk, this.world.today().plusDays(30));
		this.world.clock.advanceDays(20);
		RiskAcceptance renewal = this.world.request(risk, this.world.today().plusDays(100));
		assertThat(renewal.status()).isEqualTo(AcceptanceStatus.ACTIVE);
		assertThat(renewal.supersedes()).isEqualTo(first.id());
		assertThat(first.status()).isEqualTo(AcceptanceStatus.SUPERSEDED);
		assertThat(first.expiresOn()).isEqualTo(this.world.today().minusDays(20).plusDays(30));
	}

	@Test
	void anEscalatedRenewalLeavesTheActiveOneUntilApproved() {
		Risk risk = this.world.medium();
		RiskAcceptance first = this.world.request(risk, this.world.today().plusDays(30));
		this.world.riskService.reassess(PO, risk.id(), new RiskDescription(risk.title(), null, risk.source(), null), 2,
				3, new RiskFlags(Set.of(), true, null), Set.of(), "Reassessed in a test", 0);
		assertThat(first.markedForReview()).isTrue();
		RiskAcceptance renewal = this.world.request(risk, this.world.today().plusDays(60));
		assertThat(renewal.status()).isEqualTo(AcceptanceStatus.PENDING);
		assertThat(first.status()).isEqualTo(AcceptanceStatus.ACTIVE);
		this.world.acceptanceService.approve(MANAGER, renewal.id(), "ok", 0);
		assertThat(first.status()).isEqualTo(AcceptanceStatus.SUPERSEDED);
		assertThat(renewal.status()).isEqualTo(AcceptanceStatus.ACTIVE);
		assertThat(risk.status()).isEqualTo(RiskStatus.ACCEPTED);
	}

	@Test
	void onlyOnePendingRequestPerRisk() {
		Risk risk = this.world.high();
		this.world.request(risk, this.world.today().plusDays(60));
		assertThatThrownBy(() -> this.world.request(risk, this.world.today().plusDays(30)))
			.isInstanceOf(DomainException.class)
			.extracting((ex) -> ((DomainException) ex).code())
			.isEqualTo("acceptance.request.pendingExists");
	}

	@Test
	void reassessingToAHigherLevelMarksTheActiveAcceptanceForReview() {
		Risk risk = this.world.medium();
		RiskAcceptance acceptance = this.world.request(risk, this.world.today().plusDays(60));
		this.world.riskService.reassess(PO, risk.id(), new RiskDescription(risk.title(), null, risk.source(), null), 4,
				4, RiskFlags.NONE, Set.of(), "Reassessed in a test", 0);
		assertThat(risk.level()).isEqualTo(RiskLevel.HIGH);
		assertThat(acceptance.markedForReview()).isTrue();
		assertThat(acceptance.status()).isEqualTo(AcceptanceStatus.ACTIVE);
		assertThat(acceptance.transitions()).last().satisfies((t) -> {
			assertThat(t.action()).isEqualTo("markedForReview");
			assertThat(t.risk().level()).isEqualTo(RiskLevel.HIGH);
		});
		assertThat(this.world.notifications)
			.anyMatch((n) -> n.startsWith("po: The acceptance") && n.contains("review"));
	}

	@Test
	void reassessingToALowerLevelWithoutNewFlagsNeedsNoReview() {
		Risk risk = this.world.medium();
		RiskAcceptance acceptance = this.world.request(risk, this.world.today().plusDays(60));
		this.world.riskService.reassess(PO, risk.id(), new RiskDescription(risk.title(), null, risk.source(), null), 1,
				2, RiskFlags.NONE, Set.of(), "Reassessed in a test", 0);
		assertThat(acceptance.markedForReview()).isFalse();
	}

	@Test
	void aFlagTurningOnMarksForReview() {
		Risk risk = this.world.medium();
		RiskAcceptance acceptance = this.world.request(risk, this.world.today().plusDays(60));
		this.world.riskService.reassess(PO, risk.id(), new RiskDescription(risk.title(), null, risk.source(), null), 2,
				3, new RiskFlags(Set.of(this.world.other.id()), false, null), Set.of(), "Reassessed in a test", 0);
		assertThat(acceptance.markedForReview()).isTrue();
	}

	@Test
	void aRiskCannotAffectItsOwnProduct() {
		ProductId own = this.world.shop.id();
		assertThatThrownBy(() -> this.world.risk(1, 1, new RiskFlags(Set.of(own), false, null))).isInstanceOfSatisfying(
				InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("affectedProducts"));
	}

	@Test
	void everyStepIsInTheHistory() {
		RiskAcceptance acceptance = this.world.request(this.world.high(), this.world.today().plusDays(60));
		this.world.acceptanceService.approve(MANAGER, acceptance.id(), "ok", 0);
		assertThat(this.world.history).extracting((e) -> e.action())
			.containsExactly("risk.registered", "acceptance.requested", "acceptance.approved");
		assertThat(this.world.history.get(2).comment()).isEqualTo("ok");
	}

}
