package io.ownership.core.gate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.risk.RiskLevel;

/**
 * Port: the gate's policy, check runs and evaluations, and the facts it decides on, each
 * read with one statement whatever the number of risks and findings.
 */
public interface GateRepository {

	GatePolicy organizationPolicy();

	void saveOrganizationPolicy(GatePolicy policy);

	ProductGatePolicy productPolicy(ProductId product);

	void saveProductPolicy(ProductId product, ProductGatePolicy policy);

	Optional<GateSubject> subject(ProductId product);

	void addCheckRun(CheckRunId id, ProductId product, CheckRunReport report, Instant reportedAt, String reportedBy);

	/**
	 * The product, both policies and when each kind of check last ran on the artifact
	 * (any version when the artifact names none), in one statement; empty when there is
	 * no such product.
	 */
	Optional<GateFacts> facts(ProductId product, Artifact artifact);

	/**
	 * In one statement, the first {@code limit} of each kind of concern: the findings at
	 * or above the level in the artifact's latest run of each kind that no acceptance
	 * covers on {@code today}, most severe first; then the product's risks whose last
	 * acceptance expired unrenewed, its open risks at or above the level without cover,
	 * and its pending acceptance requests. An acceptance covers a finding when it is
	 * active, not marked for review and expires on or after {@code today}, and its risk
	 * belongs to the product and names the finding's id in its reference.
	 */
	List<GateConcern> concerns(ProductId product, Artifact artifact, RiskLevel level, LocalDate today, int limit);

	void record(GateEvaluation evaluation);

	/**
	 * User names of the product's risk owner and of its team's members, to tell when the
	 * gate turns to fail.
	 */
	List<String> recipients(ProductId product);

}
