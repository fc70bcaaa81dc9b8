package io.ownership.core.program.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.ownership.core.catalog.PersonId;

/**
 * Port: the training program's read models.
 */
public interface TrainingQuery {

	/**
	 * The person's current roles and the day each was first seen (stored on first sight,
	 * so that due dates stay put), with the courses each role's path requires.
	 */
	List<Requirement> requirementsOf(PersonId person, LocalDate today);

	/** Every completion of the person. */
	List<Completion> completionsOf(PersonId person);

	/**
	 * The roles the person holds now, derived as documented in {@code docs/program.md}.
	 */
	Set<TrainingRole> rolesOf(PersonId person);

	/** Completion rate of required training per team, on {@code today}, by team name. */
	List<TeamCompletion> byTeam(LocalDate today);

	/**
	 * Completion rate over every person with a role; {@code team} and {@code name} are
	 * null.
	 */
	TeamCompletion organization(LocalDate today);

	List<Course> courses();

	List<LearningPath> paths();

}
