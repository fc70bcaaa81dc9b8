package io.ownership.core.suggestion;

import java.util.Optional;

/**
 * Port: loads and stores suggestions; a save on an outdated version throws
 * {@link io.ownership.core.shared.StaleVersionException}.
 */
public interface SuggestionRepository {

	Optional<Suggestion> findById(SuggestionId id);

	void save(Suggestion suggestion);

}
