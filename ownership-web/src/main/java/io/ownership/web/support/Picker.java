package io.ownership.web.support;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.ownership.core.catalog.view.Pick;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The server side of a search field ({@code fragments/forms :: picker}), the one way a
 * form offers a choice among many people or products. The field holds what was typed: a
 * name (or a person's e-mail address, or an id, as a pipeline or an older page posts it);
 * {@link #resolve} finds it within the actor's scope, exactly and ignoring case, and puts
 * "unknown" or "several match, which one" next to the field. {@link #suggestions} answers
 * the field's suggestions (at most {@link #LIMIT}) as the fragment
 * {@code fragments/pickers :: suggestions}.
 */
public final class Picker {

	/** The most suggestions a field shows. */
	public static final int LIMIT = 20;

	/**
	 * The most candidates a refusal lists; one more is read to know that there are more.
	 */
	static final int CANDIDATES = 5;

	/** The longest text searched; a longer one finds nothing. */
	static final int MAX_TEXT = 200;

	/** The view of the suggestions. */
	public static final String SUGGESTIONS = "fragments/pickers :: suggestions";

	private Picker() {
	}

	/**
	 * The id the typed text names, or null: when the text is blank (the field's own
	 * validation says it is required), or when none or several items of the scope match
	 * it (said next to the field).
	 * @param text what the field holds
	 * @param result the form's binding result
	 * @param field the field's path in the form
	 * @param scope the items of the actor's scope whose id, name or e-mail address is the
	 * text (at most {@code limit})
	 */
	public static UUID resolve(String text, BindingResult result, String field, Function<Integer, List<Pick>> scope) {
		if (text == null || text.isBlank() || result.hasFieldErrors(field)) {
			return null;
		}
		if (text.length() > MAX_TEXT) {
			result.rejectValue(field, "picker.unknown", new Object[] { text }, "Nothing of that name to choose");
			return null;
		}
		List<Pick> matches = scope.apply(CANDIDATES + 1);
		if (matches.size() == 1) {
			return matches.get(0).id();
		}
		if (matches.isEmpty()) {
			result.rejectValue(field, "picker.unknown", new Object[] { text.trim() }, "Nothing of that name to choose");
			return null;
		}
		String candidates = matches.stream()
			.limit(CANDIDATES)
			.map(Pick::label)
			.collect(Collectors.joining(", ", "", (matches.size() > CANDIDATES) ? ", …" : ""));
		result.rejectValue(field, "picker.ambiguous", new Object[] { text.trim(), candidates },
				"Several match: type the e-mail address");
		return null;
	}

	/**
	 * The suggestions fragment for the typed text: the search's picks, none for a blank
	 * or overlong text (no statement then).
	 * @param search the items of the actor's scope containing the text (at most
	 * {@code limit})
	 */
	public static String suggestions(String text, Model model, Function<Integer, List<Pick>> search) {
		boolean searched = text != null && !text.isBlank() && text.length() <= MAX_TEXT;
		model.addAttribute("picks", searched ? search.apply(LIMIT) : List.<Pick>of());
		model.addAttribute("searched", searched);
		return SUGGESTIONS;
	}

}
