package io.ownership.web.risk;

import java.util.List;
import java.util.UUID;

import io.ownership.core.catalog.view.Pick;
import io.ownership.core.catalog.view.PickQuery;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;
import io.ownership.web.support.Picker;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The product search field of the forms that register something of a product the user
 * maintains (a risk, an incident): every product not archived for a security manager,
 * else those whose product or risk owner the user is. The use cases check the product
 * again.
 */
@Component
public class RegistrableProducts {

	private final PickQuery picks;

	RegistrableProducts(PickQuery picks) {
		this.picks = picks;
	}

	/**
	 * The product the field names (by name or id), else the id posted without it (a link,
	 * a pipeline); null when the field names none (said next to it) or both are blank
	 * (required).
	 */
	public UUID resolve(Actor actor, String typed, UUID posted, BindingResult result, String field) {
		if (typed != null && !typed.isBlank()) {
			return Picker.resolve(typed, result, field, (limit) -> search(actor, typed, true, limit));
		}
		if (posted == null) {
			result.rejectValue(field, "input.required", "Required");
		}
		return posted;
	}

	/** The product of this id, when the user may register for it. */
	public List<Pick> chosen(Actor actor, UUID id) {
		return (id != null) ? search(actor, id.toString(), true, 1) : List.of();
	}

	/** Whether the user may register for some product. */
	public boolean any(Actor actor) {
		return !search(actor, "", false, 1).isEmpty();
	}

	/**
	 * The suggestions of the field for the typed text (fragments/pickers :: suggestions).
	 */
	public String suggestions(Actor actor, String q, Model model) {
		return Picker.suggestions(q, model, (limit) -> search(actor, q, false, limit));
	}

	private List<Pick> search(Actor actor, String text, boolean exact, int limit) {
		return this.picks.registrableProducts(actor.username(), actor.has(Role.SECURITY_MANAGER), text, exact, limit);
	}

}
