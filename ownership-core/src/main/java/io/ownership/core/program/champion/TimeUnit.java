package io.ownership.core.program.champion;

/**
 * How a champion's allocated time is counted.
 */
public enum TimeUnit {

	HOURS_PER_SPRINT(80), PERCENT(100);

	private final int maximum;

	TimeUnit(int maximum) {
		this.maximum = maximum;
	}

	public int maximum() {
		return this.maximum;
	}

}
