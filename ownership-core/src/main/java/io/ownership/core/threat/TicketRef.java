package io.ownership.core.threat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import io.ownership.core.catalog.Names;
import io.ownership.core.shared.InvalidInputException;

/**
 * A ticket in the team's ticket system, as a key ({@code SHOP-123}) or a link. A value
 * that looks like a link ({@code ://} or {@code www.}) must be an http or https URL with
 * a host; a key is letters, digits and {@code - _ . # /}, without spaces.
 */
public record TicketRef(String value) {

	public static final int MAX_LENGTH = 300;

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._#/-]*");

	public TicketRef {
		value = Names.clean("ticket", value, MAX_LENGTH);
	}

	/**
	 * The reference typed into {@code field}, checked; {@code null} when blank.
	 */
	public static TicketRef optional(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return of(field, value);
	}

	/**
	 * The reference typed into {@code field}, checked; required.
	 */
	public static TicketRef of(String field, String value) {
		String cleaned = Names.clean(field, value, MAX_LENGTH);
		if (looksLikeLink(cleaned)) {
			if (!isWebLink(cleaned)) {
				throw new InvalidInputException(field, "threat.ticket.link",
						"A link must be an http or https address with a host");
			}
		}
		else if (!KEY.matcher(cleaned).matches()) {
			throw new InvalidInputException(field, "threat.ticket.key",
					"A ticket key has no spaces (for example SHOP-123), or give the ticket's link");
		}
		return new TicketRef(cleaned);
	}

	public boolean isLink() {
		return looksLikeLink(this.value);
	}

	private static boolean looksLikeLink(String value) {
		String lower = value.toLowerCase(Locale.ROOT);
		return lower.contains("://") || lower.startsWith("www.") || lower.startsWith("http:")
				|| lower.startsWith("https:");
	}

	private static boolean isWebLink(String value) {
		try {
			URI uri = new URI(value);
			String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
