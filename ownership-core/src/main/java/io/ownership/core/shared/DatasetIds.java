package io.ownership.core.shared;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The identifiers of the generated large organization (persistence's
 * {@code LargeOrganization}): derived from the kind of object and its number, so that the
 * benchmark can name sample objects without asking the database.
 */
public final class DatasetIds {

	private DatasetIds() {
	}

	/**
	 * @param kind the kind of object ({@code team}, {@code person}, {@code product},
	 * {@code risk}, {@code useCase}, ...)
	 * @param index its number in the generated organization
	 */
	public static UUID id(String kind, int index) {
		return UUID.nameUUIDFromBytes((kind + ":" + index).getBytes(StandardCharsets.UTF_8));
	}

}
