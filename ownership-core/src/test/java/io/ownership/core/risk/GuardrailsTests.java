package io.ownership.core.risk;

import java.time.LocalDate;
import java.util.Map;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.risk.acceptance.AcceptanceProposal;
import io.ownership.core.risk.guardrail.GuardrailEvaluation;
import io.ownership.core.risk.guardrail.GuardrailReason;
import io.ownership.core.risk.guardrail.GuardrailRule;
import io.ownership.core.risk.guardrail.Guardrails;
import io.ownership.core.risk.guardrail.ProductGuardrails;
import io.ownership.core.risk.guardrail.RiskMatrix;
import io.ownership.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuardrailsTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	static final PersonId OWNER = PersonId.random();

	static RiskSnapshot risk(RiskLevel level, boolean otherProducts, boolean customerData, boolean requirement) {
		return new RiskSnapshot("SQL injection", 2, 2, 4, level, otherProducts, customerData, requirement,
				RiskStatus.OPEN);
	}

	static AcceptanceProposal proposal(RiskSnapshot risk, LocalDate expiry) {
		return new AcceptanceProposal(risk, expiry, OWNER, TODAY);
	}

	@Test
	void acceptsAMediumRiskWithoutFlagsAutonomously() {
		GuardrailEvaluation result = Guardrails.DEFAULT
			.evaluate(proposal(risk(RiskLevel.MEDIUM, false, false, false), TODAY.plusDays(180)), null);
		assertThat(result.verdict()).isEqualTo(GuardrailEvaluation.Verdict.AUTONOMOUS);
		assertThat(result.reasons()).isEmpty();
		assertThat(result.latestExpiry()).isEqualTo(TODAY.plusDays(180));
	}

	@Test
	void escalatesALevelAboveTheAutonomyLimit() {
		GuardrailEvaluation result = Guardrails.DEFAULT
			.evaluate(proposal(risk(RiskLevel.HIGH, false, false, false), TODAY.plusDays(30)), null);
		assertThat(result.verdict()).isEqualTo(GuardrailEvaluation.Verdict.ESCALATE);
		assertThat(result.reasons())
			.containsExactly(new GuardrailReason(GuardrailRule.LEVEL_ABOVE_AUTONOMY_LIMIT, "HIGH", "MEDIUM"));
		assertThat(result.approvalsNeeded()).isEqualTo(1);
	}

	@Test
	void escalatesWhenOtherProductsAreAffected() {
		GuardrailEvaluation result = Guardrails.DEFAULT
			.evaluate(proposal(risk(RiskLevel.LOW, true, false, false), TODAY.plusDays(30)), null);
		assertThat(result.reasons()).extracting(GuardrailReason::rule)
			.containsExactly(GuardrailRule.AFFECTS_OTHER_PRODUCTS);
	}

	@Test
	void escalatesWhenCustomerDataIsInvolved() {
		GuardrailEvaluation result = Guardrails.DEFAULT
			.evaluate(proposal(risk(RiskLevel.LOW, false, true, false), TODAY.plusDays(30)), null);
		assertThat(result.reasons()).extracting(GuardrailReason::rule)
			.containsExactly(GuardrailRule.INVOLVES_CUSTOMER_DATA);
	}

	@Test
	void escalatesWhenASecurityRequirementIsViolated() {
		GuardrailEvaluation result = Guardrails.DEFAULT
			.evaluate(proposal(risk(RiskLevel.LOW, false, false, true), TODAY.plusDays(30)), null);
		assertThat(result.reasons()).extracting(GuardrailReason::rule)
			.containsExactly(GuardrailRule.VIOLATES_SECURITY_REQUIREMENT);
	}

	@Test
	void escalatesWhenTheRiskOwnersTrainingHasLapsed() {
		RiskOwnerTraining lapsed = (person, on) -> false;
		GuardrailEvaluation result = Guardrails.DEFAULT
			.evaluate(proposal(risk(RiskLevel.LOW, false, false, false), TODAY.plusDays(30)), lapsed);
		assertThat(result.reasons()).extracting(GuardrailReason::rule)
			.containsExactly(GuardrailRule.RISK_OWNER_TRAINING_LAPSED);
	}

	@Test
	void currentTrainingAddsNoReasonAndTheDayAskedIsToday() {
		RiskOwnerTraining current = (person, on) -> person.equals(OWNER) && on.equals(TODAY);
		assertThat(Guardrails.DEFAULT
			.evaluate(proposal(risk(RiskLevel.LOW, false, false, false), TODAY.plusDays(30)), current)
			.autonomous()).isTrue();
	}

	@Test
	void givesEveryReasonThatFired() {
		GuardrailEvaluation result = Guardrails.DEFAULT
			.evaluate(proposal(risk(RiskLevel.CRITICAL, true, true, true), TODAY.plusDays(30)), (person, on) -> false);
		assertThat(result.reasons()).extracting(GuardrailReason::rule)
			.containsExactly(GuardrailRule.LEVEL_ABOVE_AUTONOMY_LIMIT, GuardrailRule.AFFECTS_OTHER_PRODUCTS,
					GuardrailRule.INVOLVES_CUSTOMER_DATA, GuardrailRule.VIOLATES_SECURITY_REQUIREMENT,
					GuardrailRule.RISK_OWNER_TRAINING_LAPSED);
		assertThat(result.approvalsNeeded()).isEqualTo(2);
	}

	@Test
	void refusesAnExpiryBeyondTheLongestAcceptanceOfTheLevel() {
		assertThatThrownBy(() -> Guardrails.DEFAULT
			.evaluate(proposal(risk(RiskLevel.HIGH, false, false, false), TODAY.plusDays(91)), null))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("expiresOn");
				assertThat(ex.code()).isEqualTo("acceptance.expiry.beyondGuardrails");
			});
	}

	@Test
	void refusesAnExpiryThatIsNotInTheFuture() {
		assertThatThrownBy(
				() -> Guardrails.DEFAULT.evaluate(proposal(risk(RiskLevel.LOW, false, false, false), TODAY), null))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("expiresOn"));
	}

	@Test
	void aProductTightensTheOrganizationsGuardrails() {
		Guardrails effective = Guardrails.DEFAULT
			.tightenedBy(new ProductGuardrails(RiskLevel.LOW, Map.of(RiskLevel.LOW, 60)));
		assertThat(effective.autonomyLimit()).isEqualTo(RiskLevel.LOW);
		assertThat(effective.maxDays(RiskLevel.LOW)).isEqualTo(60);
		assertThat(effective.maxDays(RiskLevel.MEDIUM)).isEqualTo(180);
		assertThat(effective.evaluate(proposal(risk(RiskLevel.MEDIUM, false, false, false), TODAY.plusDays(10)), null)
			.fired(GuardrailRule.LEVEL_ABOVE_AUTONOMY_LIMIT)).isTrue();
	}

	@Test
	void refusesALooserProductAutonomyLimitNamingTheField() {
		assertThatThrownBy(() -> Guardrails.DEFAULT.requireNotLooser(new ProductGuardrails(RiskLevel.HIGH, Map.of())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("autonomyLimit"));
	}

	@Test
	void refusesALongerProductAcceptanceNamingTheField() {
		assertThatThrownBy(
				() -> Guardrails.DEFAULT.requireNotLooser(new ProductGuardrails(null, Map.of(RiskLevel.HIGH, 91))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("maxDaysHigh"));
	}

	@Test
	void theMatrixBandsGiveTheLevel() {
		assertThat(RiskMatrix.DEFAULT.levelOf(4)).isEqualTo(RiskLevel.LOW);
		assertThat(RiskMatrix.DEFAULT.levelOf(5)).isEqualTo(RiskLevel.MEDIUM);
		assertThat(RiskMatrix.DEFAULT.levelOf(9)).isEqualTo(RiskLevel.MEDIUM);
		assertThat(RiskMatrix.DEFAULT.levelOf(10)).isEqualTo(RiskLevel.HIGH);
		assertThat(RiskMatrix.DEFAULT.levelOf(16)).isEqualTo(RiskLevel.HIGH);
		assertThat(RiskMatrix.DEFAULT.levelOf(17)).isEqualTo(RiskLevel.CRITICAL);
		assertThat(new RiskMatrix(2, 6, 12).levelOf(3, 3)).isEqualTo(RiskLevel.HIGH);
		assertThatThrownBy(() -> new RiskMatrix(5, 5, 12)).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.field()).isEqualTo("mediumMax"));
	}

}
