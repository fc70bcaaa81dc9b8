package io.ownership.core.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.ownership.core.risk.acceptance.AcceptanceRequest;
import io.ownership.core.risk.guardrail.Guardrails;
import io.ownership.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The risk as the root of its open acceptances: the rules that span more than one
 * acceptance, and what a step leaves to save, in which order.
 */
class RiskAcceptancesTests {

	final RiskWorld world = new RiskWorld();

	@Test
	void aSecondRequestWhileOneWaitsIsRefusedByTheRoot() {
		Risk risk = this.world.high();
		RiskAcceptances root = new RiskAcceptances(risk, List.of());
		RiskAcceptance pending = request(root, null);
		assertThat(pending.status()).isEqualTo(AcceptanceStatus.PENDING);
		assertThatThrownBy(() -> request(root, null)).isInstanceOfSatisfying(DomainException.class,
				(ex) -> assertThat(ex.code()).isEqualTo("acceptance.request.pendingExists"));
		assertThat(root.changed()).containsExactly(pending);
	}

	@Test
	void theLastApprovalSupersedesTheActiveOneWhichIsSavedBeforeItsSuccessor() {
		Risk risk = this.world.high();
		RiskAcceptances first = new RiskAcceptances(risk, List.of());
		RiskAcceptance current = request(first, null);
		first.approve(current.id(), "manager", "Compensated", now());
		RiskAcceptance renewal = request(new RiskAcceptances(risk, List.of(current)), null);
		assertThat(renewal.supersedes()).isEqualTo(current.id());
		RiskAcceptances deciding = new RiskAcceptances(risk, List.of(current, renewal));
		deciding.approve(renewal.id(), "manager", "Still compensated", now());
		assertThat(current.status()).isEqualTo(AcceptanceStatus.SUPERSEDED);
		assertThat(renewal.status()).isEqualTo(AcceptanceStatus.ACTIVE);
		assertThat(deciding.changed()).containsExactly(current, renewal);
		assertThat(deciding.riskChanged()).isTrue();
		assertThat(deciding.active()).contains(renewal);
		assertThat(risk.status()).isEqualTo(RiskStatus.ACCEPTED);
	}

	@Test
	void aRequestWithoutADateGetsTheRootsDefaultExpiry() {
		Risk risk = this.world.medium();
		RiskAcceptance acceptance = request(new RiskAcceptances(risk, List.of()), null);
		assertThat(acceptance.expiresOn())
			.isEqualTo(RiskAcceptances.defaultExpiry(risk, Guardrails.DEFAULT, this.world.today()))
			.isEqualTo(this.world.today().plusDays(180));
	}

	@Test
	void aRejectionChangesTheRequestButNotTheRisk() {
		Risk risk = this.world.high();
		RiskAcceptance pending = request(new RiskAcceptances(risk, List.of()), null);
		RiskAcceptances root = new RiskAcceptances(risk, List.of(pending));
		root.reject(pending.id(), "manager", "Fix it", now());
		assertThat(root.changed()).containsExactly(pending);
		assertThat(root.riskChanged()).isFalse();
		assertThat(root.pending()).isEmpty();
	}

	@Test
	void revokingOpensTheRiskAgain() {
		Risk risk = this.world.medium();
		RiskAcceptance active = request(new RiskAcceptances(risk, List.of()), null);
		assertThat(risk.status()).isEqualTo(RiskStatus.ACCEPTED);
		RiskAcceptances root = new RiskAcceptances(risk, List.of(active));
		root.revoke(active.id(), "manager", "No longer compensated", now());
		assertThat(risk.status()).isEqualTo(RiskStatus.OPEN);
		assertThat(root.riskChanged()).isTrue();
		assertThat(root.active()).isEmpty();
	}

	private RiskAcceptance request(RiskAcceptances root, LocalDate expiresOn) {
		return root.request(null, "po", new AcceptanceRequest("Fix next quarter", "WAF rule", expiresOn), null,
				Guardrails.DEFAULT, null, now(), this.world.today());
	}

	private Instant now() {
		return this.world.clock.instant();
	}

}
