package io.ownership.core.risk.guardrail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.RiskOwnerTraining;
import io.ownership.core.risk.RiskSnapshot;
import io.ownership.core.risk.acceptance.AcceptanceProposal;
import io.ownership.core.shared.InvalidInputException;

/**
 * The bounds of a risk owner's autonomy: the highest level they may accept alone and the
 * longest an acceptance may last per level. The three risk flags always force escalation.
 * The organization sets one policy; a product may only tighten it
 * ({@link #tightenedBy(ProductGuardrails)}).
 */
public record Guardrails(RiskLevel autonomyLimit, Map<RiskLevel, Integer> maxDays) {

	public static final Guardrails DEFAULT = new Guardrails(RiskLevel.MEDIUM,
			Map.of(RiskLevel.LOW, 365, RiskLevel.MEDIUM, 180, RiskLevel.HIGH, 90, RiskLevel.CRITICAL, 30));

	public static final int LONGEST_DAYS = 3650;

	public Guardrails {
		if (autonomyLimit == null) {
			throw new InvalidInputException("autonomyLimit", "input.required", "Required");
		}
		Map<RiskLevel, Integer> copy = new EnumMap<>(RiskLevel.class);
		for (RiskLevel level : RiskLevel.values()) {
			Integer days = maxDays.get(level);
			if (days == null || days < 1 || days > LONGEST_DAYS) {
				throw new InvalidInputException(field(level), "guardrails.days.range", "Between 1 and 3650 days", 1,
						LONGEST_DAYS);
			}
			copy.put(level, days);
		}
		maxDays = Map.copyOf(copy);
	}

	/**
	 * The form field that holds the longest acceptance of a level, e.g.
	 * {@code maxDaysHigh}.
	 */
	public static String field(RiskLevel level) {
		String name = level.name().toLowerCase(Locale.ROOT);
		return "maxDays" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	public int maxDays(RiskLevel level) {
		return this.maxDays.get(level);
	}

	public LocalDate latestExpiry(RiskLevel level, LocalDate today) {
		return today.plusDays(maxDays(level));
	}

	/**
	 * The guardrails in force for a product: the organization's, tightened by the
	 * product's own where it has any.
	 */
	public Guardrails tightenedBy(ProductGuardrails product) {
		if (product == null) {
			return this;
		}
		RiskLevel limit = this.autonomyLimit;
		if (product.autonomyLimit() != null && limit.isAbove(product.autonomyLimit())) {
			limit = product.autonomyLimit();
		}
		Map<RiskLevel, Integer> days = new EnumMap<>(this.maxDays);
		product.maxDays().forEach((level, value) -> days.merge(level, value, Math::min));
		return new Guardrails(limit, days);
	}

	/**
	 * Checks that a product's guardrails are at least as strict as these.
	 * @throws InvalidInputException naming the first field that is looser
	 */
	public void requireNotLooser(ProductGuardrails product) {
		if (product.autonomyLimit() != null && product.autonomyLimit().isAbove(this.autonomyLimit)) {
			throw new InvalidInputException("autonomyLimit", "guardrails.looser.autonomy",
					"A product may not let its risk owner accept more than the organization allows ("
							+ this.autonomyLimit + ")",
					this.autonomyLimit);
		}
		for (Map.Entry<RiskLevel, Integer> entry : product.maxDays().entrySet()) {
			if (entry.getValue() > maxDays(entry.getKey())) {
				throw new InvalidInputException(field(entry.getKey()), "guardrails.looser.days",
						"A product may not allow longer acceptances than the organization (" + maxDays(entry.getKey())
								+ " days)",
						maxDays(entry.getKey()));
			}
		}
	}

	/**
	 * Judges a proposed acceptance: autonomous when no rule fires, otherwise escalated
	 * with every rule that fired. The expiry is checked first and refused when it lies
	 * outside what the guardrails allow at all.
	 * @param training whether the requester's risk owner training is current;
	 * {@code null} leaves training out of the judgement
	 * @throws InvalidInputException on field {@code expiresOn} for an expiry not after
	 * today or beyond the longest acceptance of the risk's level
	 */
	public GuardrailEvaluation evaluate(AcceptanceProposal proposal, RiskOwnerTraining training) {
		Objects.requireNonNull(proposal, "proposal");
		RiskSnapshot risk = proposal.risk();
		LocalDate latest = latestExpiry(risk.level(), proposal.today());
		LocalDate expiry = proposal.expiresOn();
		if (expiry == null) {
			throw new InvalidInputException("expiresOn", "input.required", "Required");
		}
		if (!expiry.isAfter(proposal.today())) {
			throw new InvalidInputException("expiresOn", "acceptance.expiry.past", "The expiry must be after today");
		}
		if (expiry.isAfter(latest)) {
			throw new InvalidInputException(
					"expiresOn", "acceptance.expiry.beyondGuardrails", "A " + risk.level()
							+ " risk may be accepted for at most " + maxDays(risk.level()) + " days, until " + latest,
					risk.level(), maxDays(risk.level()), latest);
		}
		List<GuardrailReason> reasons = new ArrayList<>();
		if (risk.level().isAbove(this.autonomyLimit)) {
			reasons.add(new GuardrailReason(GuardrailRule.LEVEL_ABOVE_AUTONOMY_LIMIT, risk.level().name(),
					this.autonomyLimit.name()));
		}
		if (risk.affectsOtherProducts()) {
			reasons.add(new GuardrailReason(GuardrailRule.AFFECTS_OTHER_PRODUCTS));
		}
		if (risk.involvesCustomerData()) {
			reasons.add(new GuardrailReason(GuardrailRule.INVOLVES_CUSTOMER_DATA));
		}
		if (risk.violatesRequirement()) {
			reasons.add(new GuardrailReason(GuardrailRule.VIOLATES_SECURITY_REQUIREMENT));
		}
		if (training != null
				&& (proposal.requester() == null || !training.isCurrent(proposal.requester(), proposal.today()))) {
			reasons.add(new GuardrailReason(GuardrailRule.RISK_OWNER_TRAINING_LAPSED));
		}
		return new GuardrailEvaluation(reasons, latest, risk.level() == RiskLevel.CRITICAL ? 2 : 1);
	}

}
