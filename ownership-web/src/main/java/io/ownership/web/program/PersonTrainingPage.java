package io.ownership.web.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.ownership.core.program.training.TrainingRole;
import io.ownership.core.program.training.TrainingState;

/**
 * A person's training record ready to show, built by {@link TrainingPages}: the roles,
 * where the person stands with each required course and all completions.
 *
 * @param done required courses done
 * @param overdue required courses overdue
 */
record PersonTrainingPage(String personName, Set<TrainingRole> roles, List<Required> required, long done, long overdue,
		List<CompletionRow> completions) {

	/**
	 * A required course.
	 *
	 * @param stateClass CSS class of the state badge
	 */
	record Required(String course, Set<TrainingRole> roles, LocalDate dueOn, LocalDate completedOn, LocalDate expiresOn,
			TrainingState state, String stateClass) {

	}

	/**
	 * A completion.
	 *
	 * @param course the course title, "?" when the course is gone
	 */
	record CompletionRow(String course, LocalDate completedOn, Integer score) {

	}

}
