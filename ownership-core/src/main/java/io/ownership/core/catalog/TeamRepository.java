package io.ownership.core.catalog;

import java.util.Optional;

/**
 * Port: loads and stores teams with their members.
 */
public interface TeamRepository {

	Optional<Team> findById(TeamId id);

	Optional<Team> findByName(String name);

	void save(Team team);

	void delete(TeamId id);

}
