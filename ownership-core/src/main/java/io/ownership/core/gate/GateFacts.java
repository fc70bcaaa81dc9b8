package io.ownership.core.gate;

import java.time.Instant;
import java.util.Map;

/**
 * What one evaluation needs to know besides the product's risks and findings, read
 * together.
 *
 * @param subject the product
 * @param organizationPolicy the organization's policy
 * @param productPolicy the product's own policy
 * @param latestChecks when each kind of check last ran on the artifact
 */
public record GateFacts(GateSubject subject, GatePolicy organizationPolicy, ProductGatePolicy productPolicy,
		Map<CheckKind, Instant> latestChecks) {

	public GateFacts {
		latestChecks = Map.copyOf(latestChecks);
	}

	public EffectivePolicy policy() {
		return this.organizationPolicy.tightenedBy(this.subject.kind(), this.productPolicy);
	}

}
