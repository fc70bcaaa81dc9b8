package io.ownership.core.program.training;

import java.time.LocalDate;
import java.util.Objects;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.shared.InvalidInputException;

/**
 * A person completed a course on a day, with an optional score (0 to 100). The same
 * person, course and day are recorded once.
 */
public record Completion(PersonId person, CourseId course, LocalDate completedOn, Integer score) {

	public Completion {
		if (person == null) {
			throw new InvalidInputException("person", "input.required", "Required");
		}
		if (course == null) {
			throw new InvalidInputException("course", "input.required", "Required");
		}
		if (completedOn == null) {
			throw new InvalidInputException("completedOn", "input.required", "Required");
		}
		if (score != null && (score < 0 || score > 100)) {
			throw new InvalidInputException("score", "completion.score.range", "Between 0 and 100");
		}
		Objects.requireNonNull(completedOn);
	}

}
