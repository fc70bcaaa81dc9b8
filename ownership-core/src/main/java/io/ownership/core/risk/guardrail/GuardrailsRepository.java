package io.ownership.core.risk.guardrail;

import io.ownership.core.catalog.ProductId;

/**
 * Port: the organization's guardrails and risk matrix (the defaults until a security
 * manager changes them) and each product's stricter guardrails.
 */
public interface GuardrailsRepository {

	Guardrails organization();

	void saveOrganization(Guardrails guardrails);

	RiskMatrix matrix();

	void saveMatrix(RiskMatrix matrix);

	ProductGuardrails forProduct(ProductId product);

	void saveForProduct(ProductId product, ProductGuardrails guardrails);

	/**
	 * The guardrails in force for a product: the organization's tightened by the
	 * product's. The one place that combines them.
	 */
	default Guardrails inForce(ProductId product) {
		return organization().tightenedBy(forProduct(product));
	}

}
