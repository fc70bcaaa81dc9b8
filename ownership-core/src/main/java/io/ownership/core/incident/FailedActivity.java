package io.ownership.core.incident;

import java.util.Objects;

import io.ownership.core.responsibility.matrix.ActivityId;
import io.ownership.core.responsibility.usecase.UseCaseId;

/**
 * The responsibility-matrix activity that failed or was unclear in an incident: its use
 * case, its id and its name when it was chosen (the matrix may change later).
 */
public record FailedActivity(UseCaseId useCase, ActivityId activity, String name) {

	public FailedActivity {
		Objects.requireNonNull(useCase, "useCase");
		Objects.requireNonNull(activity, "activity");
		Objects.requireNonNull(name, "name");
	}

}
