package io.ownership.core.program.champion;

import java.util.EnumMap;
import java.util.Map;

import io.ownership.core.shared.InvalidInputException;

/**
 * How many points each kind of contribution earns, as the security managers set them (0
 * to 100 each). A kind not set earns nothing.
 */
public record ContributionPoints(Map<ContributionKind, Integer> byKind) {

	public static final int MAXIMUM = 100;

	public ContributionPoints {
		EnumMap<ContributionKind, Integer> copy = new EnumMap<>(ContributionKind.class);
		byKind.forEach((kind, points) -> {
			if (points == null || points < 0 || points > MAXIMUM) {
				throw new InvalidInputException(kind.name(), "champion.points.range", "Between 0 and " + MAXIMUM,
						MAXIMUM);
			}
			copy.put(kind, points);
		});
		byKind = Map.copyOf(copy);
	}

	public int of(ContributionKind kind) {
		return this.byKind.getOrDefault(kind, 0);
	}

}
