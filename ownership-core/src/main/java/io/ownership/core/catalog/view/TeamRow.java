package io.ownership.core.catalog.view;

import java.util.UUID;

import io.ownership.core.catalog.TeamKind;

/**
 * A team as the list shows it.
 *
 * @param productGaps how many of its products have a gap
 */
public record TeamRow(UUID id, String name, TeamKind kind, long members, long products, long productGaps) {

}
