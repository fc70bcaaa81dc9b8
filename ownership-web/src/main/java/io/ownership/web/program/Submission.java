package io.ownership.web.program;

import java.util.function.Supplier;

import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.web.support.FormErrors;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shape of every form post of the program: when the form is valid, run the use case
 * and redirect with a flash message; when the form or the core rejects a value, put it
 * next to its field and render the page again. A forbidden action is not a form error: it
 * goes on to the 403 page.
 */
public final class Submission {

	private Submission() {
	}

	/**
	 * @param action runs the use case and returns the path to redirect to
	 * @param page renders the page again with the form's values and errors
	 */
	public static String submit(BindingResult result, RedirectAttributes redirect, String flash,
			Supplier<String> action, Supplier<String> page) {
		if (!result.hasErrors()) {
			try {
				String target = action.get();
				redirect.addFlashAttribute("flash", flash);
				return "redirect:" + target;
			}
			catch (ForbiddenException ex) {
				throw ex;
			}
			catch (DomainException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page.get();
	}

}
