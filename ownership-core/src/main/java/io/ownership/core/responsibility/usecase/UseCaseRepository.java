package io.ownership.core.responsibility.usecase;

import java.util.Optional;

/**
 * Port: loads and stores use cases with their applicability.
 */
public interface UseCaseRepository {

	Optional<UseCase> findById(UseCaseId id);

	Optional<UseCase> findByName(String name);

	/**
	 * Stores a use case; refuses ({@link io.ownership.core.shared.StaleVersionException})
	 * when it was changed since it was loaded.
	 */
	void save(UseCase useCase);

}
