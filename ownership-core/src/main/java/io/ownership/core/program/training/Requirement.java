package io.ownership.core.program.training;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A course a person must complete because of one of their roles, assigned on a day and
 * due {@code dueDays} later.
 */
public record Requirement(TrainingRole role, Course course, LocalDate assignedOn, int dueDays) {

	public Requirement {
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(course, "course");
		Objects.requireNonNull(assignedOn, "assignedOn");
	}

	public LocalDate dueOn() {
		return this.assignedOn.plusDays(this.dueDays);
	}

}
