package io.ownership.core.maturity;

import io.ownership.core.shared.DomainException;

/**
 * A step an assessment's state machine does not allow, naming the rule.
 */
public class AssessmentRuleException extends DomainException {

	public AssessmentRuleException(String code, String defaultMessage, Object... arguments) {
		super(code, defaultMessage, arguments);
	}

}
