package io.ownership.core.shared;

import java.util.Map;

/**
 * The versions of the areas of data ({@code notification}, {@code content}, ...) as this
 * instance of the application last checked them: an area's version moves on once a
 * transaction that changed it has committed, whoever made the change and on whichever
 * instance. What is kept in memory is kept with the versions it was computed at and used
 * only while they are the same.
 *
 * @param epoch moves on when the versions could not be followed (after an hour without a
 * check), which makes every area's version new
 * @param counters per area, how many times it was seen changed since the epoch began
 */
public record DataVersions(long epoch, Map<String, Long> counters) {

	public DataVersions {
		counters = Map.copyOf(counters);
	}

	/** The version of one area, to keep next to what was computed from it. */
	public String of(String area) {
		return this.epoch + "." + this.counters.getOrDefault(area, 0L);
	}

	/**
	 * Checks which areas changed (one small statement) and answers their versions.
	 */
	public interface Check {

		DataVersions now();

	}

	/**
	 * The versions as checked for the request being served: one check per request however
	 * many kept things it asks about; outside a request, a check per call.
	 */
	public interface Current {

		DataVersions current();

	}

}
