package io.ownership.core.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Port: loads and stores acceptances with their approvals and transitions (which are only
 * ever appended).
 */
public interface AcceptanceRepository {

	Optional<RiskAcceptance> findById(AcceptanceId id);

	Optional<RiskAcceptance> findActive(RiskId risk);

	Optional<RiskAcceptance> findPending(RiskId risk);

	/**
	 * The risk's active and pending acceptances (at most one of each), in one load.
	 */
	List<RiskAcceptance> findOpen(RiskId risk);

	/**
	 * Every acceptance of a risk, newest first.
	 */
	List<RiskAcceptance> findByRisk(RiskId risk);

	/**
	 * Active acceptances whose expiry date is before the given day.
	 */
	List<AcceptanceId> findActiveExpiringBefore(LocalDate day);

	/**
	 * Active acceptances not yet reminded whose expiry date is on or before the given
	 * day.
	 */
	List<AcceptanceId> findActiveUnremindedUntil(LocalDate day);

	void save(RiskAcceptance acceptance);

}
