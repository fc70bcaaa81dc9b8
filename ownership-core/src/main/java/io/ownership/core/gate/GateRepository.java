package io.ownership.core.gate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.ownership.core.catalog.ProductId;

/**
 * Port: the gate's policy, check runs and evaluations, and the facts it decides on, read
 * with a number of statements that does not grow with the risks and findings.
 */
public interface GateRepository {

	GatePolicy organizationPolicy();

	void saveOrganizationPolicy(GatePolicy policy);

	ProductGatePolicy productPolicy(ProductId product);

	void saveProductPolicy(ProductId product, ProductGatePolicy policy);

	Optional<GateSubject> subject(ProductId product);

	void addCheckRun(CheckRunId id, ProductId product, CheckRunReport report, Instant reportedAt, String reportedBy);

	/**
	 * The product, both policies, when each kind of check last ran on the artifact (any
	 * version when the artifact names none) and, at or above the level of the effective
	 * policy, the first {@code limit} of each kind of concern: the findings in the
	 * artifact's latest run of each kind that no acceptance covers on {@code today}, most
	 * severe first; then the product's risks whose last acceptance expired unrenewed, its
	 * open risks without cover, and its pending acceptance requests. An acceptance covers
	 * a finding when it is active, not marked for review and expires on or after
	 * {@code today}, and its risk belongs to the product and names the finding's id in
	 * its reference. Read with a number of statements that does not grow with the risks
	 * and findings, and kept until a change of what it reads commits (one statement while
	 * nothing changed); empty when there is no such product.
	 */
	Optional<GateFacts> facts(ProductId product, Artifact artifact, LocalDate today, int limit);

	/**
	 * Records the evaluation as the product's current state.
	 * @return the decision of the product's evaluation before, empty before the first
	 */
	Optional<GateDecision.Decision> record(GateEvaluation evaluation);

	/**
	 * User names of the product's risk owner and of its team's members, to tell when the
	 * gate turns to fail.
	 */
	List<String> recipients(ProductId product);

}
