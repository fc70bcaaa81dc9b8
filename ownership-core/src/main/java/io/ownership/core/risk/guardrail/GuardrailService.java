package io.ownership.core.risk.guardrail;

import java.time.Clock;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.shared.Actor;
import jakarta.transaction.Transactional;

/**
 * Security managers set the organization's guardrails and risk matrix, and a product's
 * stricter guardrails. Existing risks keep their level until they are reassessed.
 */
@Transactional
public class GuardrailService {

	private final GuardrailsRepository policy;

	private final RiskAccess access;

	private final AuditLog audit;

	private final Clock clock;

	public GuardrailService(GuardrailsRepository policy, RiskAccess access, AuditLog audit, Clock clock) {
		this.policy = policy;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The organization's guardrails, as its form shows them.
	 */
	public Guardrails organization() {
		return this.policy.organization();
	}

	/**
	 * The organization's risk matrix.
	 */
	public RiskMatrix matrix() {
		return this.policy.matrix();
	}

	/**
	 * A product's own, stricter guardrails.
	 */
	public ProductGuardrails forProduct(ProductId product) {
		return this.policy.forProduct(product);
	}

	/**
	 * The guardrails in force for a product: the organization's tightened by the
	 * product's.
	 */
	public Guardrails inForce(ProductId product) {
		return this.policy.inForce(product);
	}

	public void changeOrganization(Actor actor, Guardrails guardrails, RiskMatrix matrix) {
		this.access.requireSecurityManager(actor);
		Guardrails before = this.policy.organization();
		RiskMatrix matrixBefore = this.policy.matrix();
		this.policy.saveOrganization(guardrails);
		this.policy.saveMatrix(matrix);
		AuditEntry.Builder entry = AuditEntry.of(this.clock.instant(), actor.username(), "guardrails.changed")
			.entity("Guardrails", "organization")
			.summary("Organization guardrails changed")
			.change("autonomyLimit", before.autonomyLimit(), guardrails.autonomyLimit())
			.change("matrix", matrixBefore, matrix);
		for (RiskLevel level : RiskLevel.values()) {
			entry.change(Guardrails.field(level), before.maxDays(level), guardrails.maxDays(level));
		}
		this.audit.record(entry.build());
	}

	/**
	 * Sets a product's own guardrails; refused, naming the field, where one is looser
	 * than the organization's.
	 */
	public void changeProduct(Actor actor, ProductId productId, ProductGuardrails guardrails) {
		this.access.requireSecurityManager(actor);
		Product product = this.access.product(productId);
		this.policy.organization().requireNotLooser(guardrails);
		ProductGuardrails before = this.policy.forProduct(productId);
		this.policy.saveForProduct(productId, guardrails);
		AuditEntry.Builder entry = AuditEntry.of(this.clock.instant(), actor.username(), "guardrails.productChanged")
			.entity("Product", productId)
			.summary("Guardrails of " + product.name() + " changed")
			.change("autonomyLimit", before.autonomyLimit(), guardrails.autonomyLimit());
		for (RiskLevel level : RiskLevel.values()) {
			entry.change(Guardrails.field(level), before.maxDays().get(level), guardrails.maxDays().get(level));
		}
		this.audit.record(entry.build());
	}

}
