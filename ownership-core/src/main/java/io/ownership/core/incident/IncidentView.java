package io.ownership.core.incident;

import java.util.List;
import java.util.UUID;

import io.ownership.core.incident.IncidentQuery.Named;

/**
 * An incident's page: the incident with names, its assets and risks by name, and its
 * post-mortem (or null) with the risks registered from it.
 */
public record IncidentView(IncidentRow row, String description, String reportedBy, List<Named> assets,
		List<Named> risks, PostMortemView postMortem, long version) {

	/**
	 * A post-mortem as its page shows it.
	 */
	public record PostMortemView(String timeline, String contributingFactors, String wentWell, UUID useCaseId,
			String useCaseName, UUID activityId, String activityName, String writtenBy, List<Named> risks,
			long version) {

	}

}
