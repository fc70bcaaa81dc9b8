package io.ownership.web.error;

import java.util.List;
import java.util.Locale;

import io.ownership.web.support.ControlCharacterException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request parameter, path variable or filter that cannot be taken as sent (a control
 * character, a value of the wrong type) gets the 400 page naming the parameter and what
 * is wrong with it, instead of a bare "Bad request". Forms that take their errors (a
 * {@code BindingResult}) show them next to the field instead.
 */
@ControllerAdvice
class InputErrorsAdvice {

	private final MessageSource messages;

	InputErrorsAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView parameter(MethodArgumentTypeMismatchException exception, Locale locale) {
		String why = (exception.getCause() instanceof ControlCharacterException refused)
				? this.messages.getMessage("input.controlCharacter", new Object[] { refused.character() }, locale)
				: this.messages.getMessage("typeMismatch", null, locale);
		return page(List
			.of(this.messages.getMessage("error.400.parameter", new Object[] { exception.getName(), why }, locale)));
	}

	@ExceptionHandler(BindException.class)
	ModelAndView binding(BindException exception, Locale locale) {
		return page(exception.getFieldErrors()
			.stream()
			.map((error) -> this.messages.getMessage("error.400.parameter",
					new Object[] { error.getField(), this.messages.getMessage(error, locale) }, locale))
			.toList());
	}

	/**
	 * An upload beyond what the container takes: back to the form's page with the limit
	 * next to the file field.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("fileError", this.messages.getMessage("upload.tooLarge", null, locale));
		return "redirect:" + request.getServletPath();
	}

	static ModelAndView page(List<String> details) {
		ModelAndView page = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
		page.addObject("status", HttpStatus.BAD_REQUEST.value());
		page.addObject("details", details);
		return page;
	}

}
