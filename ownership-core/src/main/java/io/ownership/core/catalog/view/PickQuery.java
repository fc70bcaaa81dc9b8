package io.ownership.core.catalog.view;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The choices of the search fields that replace long option lists (a person, a product),
 * within the scope the form's use case accepts. A search finds the items whose name (or a
 * person's e-mail address) contains the text, ignoring case, ordered by name, at most
 * {@code limit}; a resolve finds those whose id, name or e-mail address is the text,
 * ignoring case. One bounded statement each, whatever the size of the organization.
 */
public interface PickQuery {

	/** Active people matching the text (resolve: exactly). */
	List<Pick> activePeople(String text, boolean exact, int limit);

	/**
	 * The people of these ids, active or not, as a search field shows a chosen one (with
	 * {@code sameName} when an active person shares the name).
	 */
	List<Pick> people(Collection<UUID> ids);

	/** The products of these ids, archived or not, by name. */
	List<Pick> products(Collection<UUID> ids);

	/**
	 * Products a user may register a risk for matching the text: every product not
	 * archived ({@code all}, a security manager) or those whose product or risk owner is
	 * the user's person (resolve: exactly).
	 */
	List<Pick> registrableProducts(String username, boolean all, String text, boolean exact, int limit);

}
