package io.ownership.core.gate;

import java.time.Instant;

import io.ownership.core.catalog.ProductId;

/**
 * One evaluation of the gate, as recorded: which product and artifact, for which
 * environment, the decision and who asked (the token's name).
 */
public record GateEvaluation(ProductId product, Artifact artifact, String environment, GateDecision decision,
		String tokenName) {

}
