package io.ownership.web.catalog;

import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.StaleVersionException;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A rule refused an action that has no form (a delete): the next page says why, with the
 * message key and arguments of the refusal. Forbidden, missing and stale objects keep
 * their own error pages.
 */
final class Refusals {

	private Refusals() {
	}

	static void flash(RedirectAttributes redirect, DomainException exception) {
		if (exception instanceof ForbiddenException || exception instanceof NotFoundException
				|| exception instanceof StaleVersionException) {
			throw exception;
		}
		redirect.addFlashAttribute("refusal", exception.code());
		redirect.addFlashAttribute("refusalArgs", exception.arguments());
	}

}
