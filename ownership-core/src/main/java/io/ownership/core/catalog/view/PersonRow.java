package io.ownership.core.catalog.view;

import java.util.UUID;

/**
 * A person as the list shows them.
 *
 * @param username the linked user account, or null
 * @param teams the names of their teams, comma separated, or null
 * @param accountableFor how many products they are product owner or risk owner of
 */
public record PersonRow(UUID id, String name, String email, boolean active, String username, String teams,
		long accountableFor) {

}
