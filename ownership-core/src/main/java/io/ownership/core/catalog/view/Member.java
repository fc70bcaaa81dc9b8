package io.ownership.core.catalog.view;

import java.util.UUID;

/**
 * A person in a team with their role there.
 */
public record Member(UUID id, String name, String email, boolean active, String role) {

}
