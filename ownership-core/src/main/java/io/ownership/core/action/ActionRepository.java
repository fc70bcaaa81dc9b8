package io.ownership.core.action;

import java.util.Optional;

/**
 * Port: loads and stores follow-up actions; a save on an outdated version throws
 * {@link io.ownership.core.shared.StaleVersionException}.
 */
public interface ActionRepository {

	Optional<FollowUpAction> findById(ActionId id);

	void save(FollowUpAction action);

}
