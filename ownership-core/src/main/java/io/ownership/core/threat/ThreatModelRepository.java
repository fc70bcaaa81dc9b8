package io.ownership.core.threat;

import java.util.Optional;

/**
 * Port: threat models with their participants, threats and credited champions. A save on
 * an outdated version throws {@link io.ownership.core.shared.StaleVersionException}; a
 * champion credited twice for one model is refused by the store as well (unique key).
 */
public interface ThreatModelRepository {

	Optional<ThreatModel> findById(ThreatModelId id);

	Optional<ThreatModel> findByItem(BacklogItemId item);

	void save(ThreatModel model);

}
