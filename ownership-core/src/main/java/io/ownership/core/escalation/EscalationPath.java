package io.ownership.core.escalation;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.shared.InvalidInputException;

/**
 * The escalation path of a use case: its ordered steps, and the triggers (what starts a
 * clock) whose waiting items follow it. A trigger follows at most one use case's path.
 */
public final class EscalationPath {

	public static final int MAX_STEPS = 10;

	private final UseCaseId useCase;

	private List<EscalationStep> steps;

	private Set<String> triggers;

	private final long version;

	public EscalationPath(UseCaseId useCase, List<EscalationStep> steps, Set<String> triggers, long version) {
		this.useCase = Objects.requireNonNull(useCase, "useCase");
		this.steps = List.copyOf(steps);
		this.triggers = Set.copyOf(triggers);
		this.version = version;
	}

	public static EscalationPath none(UseCaseId useCase) {
		return new EscalationPath(useCase, List.of(), Set.of(), -1);
	}

	/**
	 * Replaces the steps and triggers. A path that a trigger follows needs a step.
	 */
	public void replace(List<EscalationStep> newSteps, Set<String> newTriggers) {
		if (newSteps.size() > MAX_STEPS) {
			throw new InvalidInputException("steps", "escalation.steps.tooMany", "At most " + MAX_STEPS + " steps",
					MAX_STEPS);
		}
		if (newSteps.isEmpty() && !newTriggers.isEmpty()) {
			throw new InvalidInputException("steps", "escalation.steps.required",
					"Add at least one step for the chosen triggers");
		}
		this.steps = List.copyOf(newSteps);
		this.triggers = Set.copyOf(newTriggers);
	}

	/** Whether the path is stored: a new one has version -1. */
	public boolean isNew() {
		return this.version < 0;
	}

	public UseCaseId useCase() {
		return this.useCase;
	}

	public List<EscalationStep> steps() {
		return this.steps;
	}

	/** The triggers, sorted. */
	public Set<String> triggers() {
		return new TreeSet<>(this.triggers);
	}

	public long version() {
		return this.version;
	}

}
