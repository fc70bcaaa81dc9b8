package io.ownership.core.program;

import java.util.UUID;

/**
 * Something to pick in a form: an identifier and what to show for it.
 */
public record Choice(UUID id, String label) {

}
