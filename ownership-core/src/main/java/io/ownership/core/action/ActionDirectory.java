package io.ownership.core.action;

import java.util.Optional;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;

/**
 * Port: who the acting user is in the catalog and whether a person belongs to a team
 * (member, active champion, or product owner of one of its products).
 */
public interface ActionDirectory {

	Optional<PersonId> personOf(String username);

	boolean belongsTo(PersonId person, TeamId team);

	/** Whether the person is the product owner of one of the team's products. */
	boolean ownsProductOf(PersonId person, TeamId team);

	/** The person's name, when the person exists and is active. */
	Optional<String> activeName(PersonId person);

}
