package io.ownership.core.program.training;

import java.util.List;
import java.util.Objects;

import io.ownership.core.shared.InvalidInputException;

/**
 * The courses a role requires, to be completed within {@code dueDays} of being assigned
 * the role.
 */
public record LearningPath(TrainingRole role, int dueDays, List<CourseId> courses) {

	public LearningPath {
		Objects.requireNonNull(role, "role");
		if (dueDays < 1 || dueDays > 730) {
			throw new InvalidInputException("dueDays", "path.dueDays.range", "Between 1 and 730 days");
		}
		courses = List.copyOf(courses.stream().distinct().toList());
	}

}
