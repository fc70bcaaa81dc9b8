package io.ownership.core.responsibility.matrix;

import java.util.List;

import io.ownership.core.shared.DomainException;

/**
 * A draft that breaks the rules of a matrix cannot be published. Lists every violation.
 */
public class MatrixRuleException extends DomainException {

	private final transient List<Violation> violations;

	public MatrixRuleException(List<Violation> violations) {
		super("matrix.publish.invalid", "The draft breaks " + violations.size() + " rule(s) and cannot be published",
				violations.size());
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}

}
