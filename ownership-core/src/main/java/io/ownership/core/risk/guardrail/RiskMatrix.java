package io.ownership.core.risk.guardrail;

import io.ownership.core.risk.RiskLevel;
import io.ownership.core.shared.InvalidInputException;

/**
 * The organization's bands that turn a score (likelihood × impact, 1 to 25) into a level:
 * a score up to {@code lowMax} is low, up to {@code mediumMax} medium, up to
 * {@code highMax} high, above it critical.
 */
public record RiskMatrix(int lowMax, int mediumMax, int highMax) {

	public static final RiskMatrix DEFAULT = new RiskMatrix(4, 9, 16);

	public RiskMatrix {
		if (lowMax < 1) {
			throw new InvalidInputException("lowMax", "risk.matrix.range", "Between 1 and 24", 1, 24);
		}
		if (mediumMax <= lowMax) {
			throw new InvalidInputException("mediumMax", "risk.matrix.ascending", "Must be above the band below it",
					lowMax);
		}
		if (highMax <= mediumMax) {
			throw new InvalidInputException("highMax", "risk.matrix.ascending", "Must be above the band below it",
					mediumMax);
		}
		if (highMax > 24) {
			throw new InvalidInputException("highMax", "risk.matrix.range", "Between 1 and 24", 1, 24);
		}
	}

	public RiskLevel levelOf(int score) {
		if (score <= this.lowMax) {
			return RiskLevel.LOW;
		}
		if (score <= this.mediumMax) {
			return RiskLevel.MEDIUM;
		}
		return (score <= this.highMax) ? RiskLevel.HIGH : RiskLevel.CRITICAL;
	}

	public RiskLevel levelOf(int likelihood, int impact) {
		return levelOf(likelihood * impact);
	}

}
