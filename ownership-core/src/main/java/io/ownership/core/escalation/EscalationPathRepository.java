package io.ownership.core.escalation;

import java.util.Map;
import java.util.Optional;

import io.ownership.core.responsibility.usecase.UseCaseId;

/**
 * Port: loads and stores escalation paths; a save on an outdated version throws
 * {@link io.ownership.core.shared.StaleVersionException}.
 */
public interface EscalationPathRepository {

	Optional<EscalationPath> findByUseCase(UseCaseId useCase);

	void save(EscalationPath path);

	/**
	 * Which use case's path each trigger follows, with the use case's name.
	 */
	Map<String, UseCaseName> triggerOwners();

	/**
	 * Every path that a trigger follows, by trigger.
	 */
	Map<String, EscalationPath> byTrigger();

	/**
	 * A use case named.
	 */
	record UseCaseName(UseCaseId id, String name) {
	}

}
