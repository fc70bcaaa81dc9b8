package io.ownership.core.incident;

import java.util.UUID;

/**
 * Whose incidents a list shows: every product's ({@code all}), or those of the products
 * the person owns, is risk owner of, or whose owning team they are a member of.
 */
public record Viewer(boolean all, UUID person) {

	public static final Viewer EVERYONE = new Viewer(true, null);

}
