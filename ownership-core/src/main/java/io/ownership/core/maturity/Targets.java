package io.ownership.core.maturity;

import java.util.Map;

/**
 * The score (0 to 3) a team aims for per practice code: the organization's default,
 * overridden per practice for a team.
 */
public record Targets(Map<String, Double> organization, Map<String, Double> team) {

	public Targets {
		organization = Map.copyOf(organization);
		team = Map.copyOf(team);
	}

	public static final double MAX = MaturityModel.LEVELS;

	/**
	 * The target for the practice, or null when neither the organization nor the team set
	 * one.
	 */
	public Double target(String practice) {
		Double own = this.team.get(practice);
		return (own != null) ? own : this.organization.get(practice);
	}

	public boolean overridden(String practice) {
		return this.team.containsKey(practice);
	}

	/** How far the score falls short of the target; 0 when met or without target. */
	public double gap(String practice, double score) {
		Double target = target(practice);
		return (target == null) ? 0 : Math.max(0, target - score);
	}

}
