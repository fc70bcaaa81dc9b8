package io.ownership.core.audit;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Port: the current names of the objects older history entries name by identifier (teams,
 * people, products, assets, use cases, matrix parties, risks). Newer entries record names
 * as they were; this is the fallback for those that did not.
 */
public interface RecordedNames {

	/**
	 * An identifier as older entries recorded it (a regular expression that Java and
	 * PostgreSQL read alike).
	 */
	String IDENTIFIER = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	/**
	 * The name of each identifier that names an object; unknown identifiers are left out.
	 */
	Map<UUID, String> namesOf(Collection<UUID> ids);

}
