package io.ownership.web.support;

import java.beans.PropertyEditorSupport;

import io.ownership.core.shared.ControlCharacters;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a request binds (form fields, filters, search, path variables, of every
 * feature) passes {@link ControlCharacters}: a form gets the error {@code
 * input.controlCharacter} next to the field with the typed values kept, a request
 * parameter becomes a {@link ControlCharacterException} inside the type mismatch that
 * {@code InputErrorsAdvice} answers with a 400 page naming the parameter.
 */
@ControllerAdvice
class TextInput {

	static final String CODE = "input.controlCharacter";

	@InitBinder
	void refuseControlCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new Editor());
		binder.setBindingErrorProcessor(new ErrorProcessor());
	}

	private static final class Editor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (ControlCharacters.in(text)) {
				throw new ControlCharacterException(ControlCharacters.first(text));
			}
			setValue(text);
		}

	}

	private static final class ErrorProcessor extends DefaultBindingErrorProcessor {

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
			if (ex.getCause() instanceof ControlCharacterException refused) {
				String field = ex.getPropertyName();
				String[] codes = bindingResult.resolveMessageCodes(CODE, field);
				bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, ex.getValue(), true, codes,
						new Object[] { refused.character() }, refused.getMessage()));
			}
			else {
				super.processPropertyAccessException(ex, bindingResult);
			}
		}

	}

}
