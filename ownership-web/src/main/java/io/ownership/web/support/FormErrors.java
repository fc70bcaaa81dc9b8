package io.ownership.web.support;

import java.util.Optional;
import java.util.function.Supplier;

import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.InvalidInputException;

import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;

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
			// The refusal is kept with its error, for a page that shows more of it
			// (refusal).
			ObjectError error = new ObjectError(result.getObjectName(), result.resolveMessageCodes(exception.code()),
					exception.arguments(), exception.getMessage());
			error.wrap(exception);
			result.addError(error);
		}
	}

	/**
	 * The refusal of the given kind that {@link #reject} put at the top of the form, if
	 * any: for a page that shows what the refusal carries (a file's problems).
	 */
	public static <T extends DomainException> Optional<T> refusal(BindingResult result, Class<T> kind) {
		return result.getGlobalErrors()
			.stream()
			.filter((error) -> error.contains(kind))
			.map((error) -> error.unwrap(kind))
			.findFirst();
	}

	/**
	 * What a bound form turns into (a filter, a command), or null when it is refused: for
	 * its binding errors, or for the core's refusal, which is put next to its field.
	 */
	public static <T> T convert(BindingResult result, Supplier<T> conversion) {
		if (result.hasErrors()) {
			return null;
		}
		try {
			return conversion.get();
		}
		catch (InvalidInputException ex) {
			reject(result, ex);
			return null;
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
