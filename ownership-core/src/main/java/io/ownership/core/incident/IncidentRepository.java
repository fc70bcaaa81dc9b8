package io.ownership.core.incident;

import java.util.Optional;

/**
 * Port: loads and stores incidents and their post-mortems; a save on an outdated version
 * throws {@link io.ownership.core.shared.StaleVersionException}.
 */
public interface IncidentRepository {

	Optional<SecurityIncident> findById(IncidentId id);

	void save(SecurityIncident incident);

	Optional<PostMortem> postMortemOf(IncidentId incident);

	void save(PostMortem postMortem);

}
