package io.ownership.core.program.champion;

import io.ownership.core.shared.InvalidInputException;

/**
 * The time a champion may spend on security work: hours per sprint (1 to 80) or a
 * percentage of their time (1 to 100).
 */
public record TimeAllocation(int amount, TimeUnit unit) {

	public TimeAllocation {
		if (unit == null) {
			throw new InvalidInputException("unit", "input.required", "Required");
		}
		if (amount < 1 || amount > unit.maximum()) {
			throw new InvalidInputException("amount", "champion.time.range",
					"Between 1 and " + unit.maximum() + " for " + unit, unit.maximum());
		}
	}

}
