package io.ownership.web.catalog;

import java.util.function.Supplier;

import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.StaleVersionException;
import io.ownership.web.support.FormErrors;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shape of every catalog form post: a valid form runs the use case and redirects with
 * a flash message; a value the form or the core rejects is shown next to its field with
 * the page rendered again, nothing typed lost. Any other refusal (forbidden, not found)
 * goes on to its error page.
 */
final class CatalogForms {

	private CatalogForms() {
	}

	/**
	 * @param action runs the use case and returns the view to go to (a redirect)
	 * @param page renders the form again with its values and errors
	 */
	static String save(BindingResult result, RedirectAttributes redirect, String flash, Supplier<String> action,
			Supplier<String> page) {
		if (!result.hasErrors()) {
			try {
				String target = action.get();
				redirect.addFlashAttribute("flash", flash);
				return target;
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page.get();
	}

	/**
	 * As {@link #save}, for an edit made on a version: when someone changed the record in
	 * the meantime nothing is saved and the form answers 409 with the conflict shown.
	 */
	static String edit(BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect,
			String flash, Supplier<String> action, Supplier<String> page) {
		try {
			return save(result, redirect, flash, action, page);
		}
		catch (StaleVersionException ex) {
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return page.get();
		}
	}

}
