package io.ownership.core.catalog.view;

import java.util.UUID;

/**
 * A named link to a person, with whether they are active (a deactivated person leaves
 * their roles vacant).
 */
public record PersonRef(UUID id, String name, boolean active) {

}
