package io.ownership.core.maturity;

import java.util.List;

import io.ownership.core.shared.StaleVersionException;

/**
 * Someone else saved some of the answers a person changed since their form was shown.
 * Nothing was saved; carries the answers as they are now.
 */
public class StaleAnswersException extends StaleVersionException {

	private final transient List<Answer> current;

	public StaleAnswersException(AssessmentId assessment, List<Answer> current) {
		super("Assessment", assessment);
		this.current = List.copyOf(current);
	}

	public List<Answer> current() {
		return this.current;
	}

}
