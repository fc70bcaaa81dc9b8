package io.ownership.core.maturity;

import java.util.List;

import io.ownership.core.shared.DomainException;

/**
 * A model file has entries that do not make a model; one message per entry, each naming
 * its line.
 */
public class ModelRejectedException extends DomainException {

	private final List<String> problems;

	public ModelRejectedException(List<String> problems) {
		super("maturity.model.rejected", "The model was not loaded: " + String.join("; ", problems), problems.size());
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
