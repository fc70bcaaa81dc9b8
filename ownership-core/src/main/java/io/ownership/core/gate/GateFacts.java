package io.ownership.core.gate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one evaluation needs to know, read together.
 *
 * @param subject the product
 * @param organizationPolicy the organization's policy
 * @param productPolicy the product's own policy
 * @param latestChecks when each kind of check last ran on the artifact
 * @param concerns the first of each kind of concern at or above the policy's level (see
 * {@link GateRepository#facts})
 */
public record GateFacts(GateSubject subject, GatePolicy organizationPolicy, ProductGatePolicy productPolicy,
		Map<CheckKind, Instant> latestChecks, List<GateConcern> concerns) {

	public GateFacts {
		latestChecks = Map.copyOf(latestChecks);
		concerns = List.copyOf(concerns);
	}

	public GateFacts withConcerns(List<GateConcern> found) {
		return new GateFacts(this.subject, this.organizationPolicy, this.productPolicy, this.latestChecks, found);
	}

	public EffectivePolicy policy() {
		return this.organizationPolicy.tightenedBy(this.subject.kind(), this.productPolicy);
	}

}
