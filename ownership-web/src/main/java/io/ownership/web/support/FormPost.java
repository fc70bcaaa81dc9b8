package io.ownership.web.support;

import java.util.function.Function;
import java.util.function.Supplier;

import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.Refusal;
import io.ownership.core.shared.StaleVersionException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way an HTML form is posted. A valid form runs the use case, which answers the
 * view to go to (most often {@code "redirect:/..."}), with the flash message for the next
 * page. A value the form's validation or the core's rules refuse
 * ({@link DomainException}, an {@code InvalidInputException} next to its field) is shown
 * on the form rendered again, nothing typed lost. The refusals that are an error page
 * (forbidden, not found, stale version: a {@code RequestRefusedException}) are not caught
 * and go on to {@code ErrorPagesAdvice}; only {@link #edit} answers a stale version on
 * the form itself.
 *
 * <pre>
 * return FormPost.submit(result, redirect, "product.created", () -&gt; {
 * 	Product product = this.catalog.defineProduct(actor, form.toDefinition());
 * 	return "redirect:/products/" + product.id();
 * }, () -&gt; form(form, model));
 * </pre>
 */
public final class FormPost {

	private FormPost() {
	}

	/**
	 * @param result the bound form's binding result, where refusals are put
	 * @param flash the message key flashed on success, or null for none
	 * @param action runs the use case and returns the view to answer (a redirect)
	 * @param page renders the form again with its values and errors
	 */
	public static String submit(BindingResult result, RedirectAttributes redirect, String flash,
			Supplier<String> action, Supplier<String> page) {
		if (!result.hasErrors()) {
			try {
				return run(redirect, flash, action);
			}
			catch (DomainException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page.get();
	}

	/**
	 * As {@link #submit}, for a form whose other refusals are not about one of its fields
	 * and are said elsewhere (at the top of the page, on a card): a refused input
	 * ({@link InvalidInputException}) is shown next to its field on the form rendered
	 * again, any other rule's refusal goes to {@code refused}, which answers the view.
	 * @param refused says a refusal that is not about a field and returns the view
	 */
	public static String submit(BindingResult result, RedirectAttributes redirect, String flash,
			Supplier<String> action, Supplier<String> page, Function<DomainException, String> refused) {
		if (!result.hasErrors()) {
			try {
				return run(redirect, flash, action);
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
			catch (DomainException ex) {
				return refused.apply(ex);
			}
		}
		return page.get();
	}

	/**
	 * As {@link #submit}, for an edit made on a version: when someone changed the record
	 * in the meantime nothing is saved and the form is rendered again with status 409 and
	 * the model attribute {@code conflict} set, so the page can show the current values.
	 */
	public static String edit(BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect, String flash, Supplier<String> action, Supplier<String> page) {
		return edit("conflict", result, model, response, redirect, flash, action, page);
	}

	/**
	 * As {@link #edit}, with the conflict under the given model attribute (for a page
	 * with more than one form).
	 */
	public static String edit(String conflict, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect, String flash, Supplier<String> action, Supplier<String> page) {
		try {
			return submit(result, redirect, flash, action, page);
		}
		catch (StaleVersionException ex) {
			model.addAttribute(conflict, true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return page.get();
		}
	}

	/**
	 * A post with no form to show again (a delete, a button): on success the flash
	 * message, on a rule's refusal its message key and arguments as the flash attributes
	 * {@code refusal} and {@code refusalArgs} for the page at {@code back}. Error-page
	 * refusals go on to their error pages.
	 * @param action runs the use case and returns the view to answer (a redirect)
	 * @param back the view to answer when a rule refused (a redirect)
	 */
	public static String act(RedirectAttributes redirect, String flash, Supplier<String> action, String back) {
		try {
			return run(redirect, flash, action);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("refusal", ex.code());
			redirect.addFlashAttribute("refusalArgs", ex.arguments());
			return back;
		}
	}

	/**
	 * A button on a page that comes back to it ({@code page}, a redirect) whether the use
	 * case ran or a rule refused it: as
	 * {@link #act(RedirectAttributes, String, Supplier, String)} with the same view both
	 * ways.
	 * @param action runs the use case
	 */
	public static String act(RedirectAttributes redirect, String flash, String page, Runnable action) {
		return act(redirect, flash, () -> {
			action.run();
			return page;
		}, page);
	}

	/**
	 * A post from a list whose refusals are said on the list, at the card of what was
	 * posted: on success the flash message (or the one the action flashed itself), on a
	 * rule's refusal or a stale version (the list shows the current state again)
	 * {@code refused}, which flashes it for the list and answers the view (a redirect).
	 * Forbidden and not found go on to their error pages.
	 * @param action runs the use case and returns the view to answer (a redirect)
	 * @param refused says the refusal and returns the view to answer (a redirect)
	 */
	public static String act(RedirectAttributes redirect, String flash, Supplier<String> action,
			Function<Refusal, String> refused) {
		try {
			return run(redirect, flash, action);
		}
		catch (DomainException | StaleVersionException ex) {
			return refused.apply(ex);
		}
	}

	private static String run(RedirectAttributes redirect, String flash, Supplier<String> action) {
		String target = action.get();
		if (flash != null) {
			redirect.addFlashAttribute("flash", flash);
		}
		return target;
	}

}
