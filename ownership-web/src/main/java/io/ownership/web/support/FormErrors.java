package io.ownership.web.support;

import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.InvalidInputException;

import org.springframework.validation.BindingResult;

/**
 * Puts a rule the core refused next to the field it concerns, or at the top of the form
 * when it concerns no single field.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult result, DomainException exception) {
		if (exception instanceof InvalidInputException invalid && invalid.field() != null && result.getTarget() != null
				&& hasField(result, invalid.field())) {
			result.rejectValue(invalid.field(), invalid.code(), invalid.arguments(), invalid.getMessage());
		}
		else {
			result.reject(exception.code(), exception.arguments(), exception.getMessage());
		}
	}

	private static boolean hasField(BindingResult result, String field) {
		try {
			return result.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
