package io.ownership.core.maturity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

import io.ownership.core.shared.InvalidInputException;

/**
 * A team's answer to one activity's question, with an optional note and evidence link,
 * and the version it was saved at (for edits of the same draft by two people).
 */
public record Answer(String activity, AnswerLevel level, String note, String evidence, long version) {

	public static final int MAX_NOTE = 1000;

	public static final int MAX_EVIDENCE = 500;

	public Answer {
		Objects.requireNonNull(activity, "activity");
		note = blankToNull(note);
		evidence = blankToNull(evidence);
	}

	/**
	 * Checks what a person typed: a note of at most {@value #MAX_NOTE} characters and an
	 * evidence link that is an absolute http(s) address.
	 * @param field the form field prefix, such as {@code answers[3]}
	 */
	public static void check(String field, String note, String evidence) {
		if (note != null && note.length() > MAX_NOTE) {
			throw new InvalidInputException(field + ".note", "maturity.note.tooLong",
					"A note has at most " + MAX_NOTE + " characters", MAX_NOTE);
		}
		String link = blankToNull(evidence);
		if (link == null) {
			return;
		}
		if (link.length() > MAX_EVIDENCE || !isWebAddress(link)) {
			throw new InvalidInputException(field + ".evidence", "maturity.evidence.invalid",
					"Evidence is a link starting with https:// or http://", link);
		}
	}

	private static boolean isWebAddress(String link) {
		try {
			URI uri = new URI(link);
			return uri.isAbsolute()
					&& ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
