package io.ownership.core.catalog.view;

import java.util.UUID;

/**
 * A named link to a team, person or product.
 */
public record Ref(UUID id, String name) {

}
