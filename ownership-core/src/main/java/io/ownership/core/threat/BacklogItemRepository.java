package io.ownership.core.threat;

import java.util.Optional;

/**
 * Port: backlog items with their triage and decision. A save on an outdated version
 * throws {@link io.ownership.core.shared.StaleVersionException}.
 */
public interface BacklogItemRepository {

	Optional<BacklogItem> findById(BacklogItemId id);

	void save(BacklogItem item);

}
