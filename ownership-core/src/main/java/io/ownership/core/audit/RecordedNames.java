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
	 * The name of each identifier that names an object; unknown identifiers are left out.
	 */
	Map<UUID, String> namesOf(Collection<UUID> ids);

}
