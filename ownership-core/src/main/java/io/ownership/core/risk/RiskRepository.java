package io.ownership.core.risk;

import java.util.Optional;

/**
 * Port: loads and stores risks with their assets and affected products.
 */
public interface RiskRepository {

	Optional<Risk> findById(RiskId id);

	/**
	 * Stores a risk; a risk changed since it was loaded is refused with a
	 * {@link io.ownership.core.shared.StaleVersionException}.
	 */
	void save(Risk risk);

}
