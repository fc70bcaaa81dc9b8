package io.ownership.core.risk.guardrail;

/**
 * The rules of the guardrails; each one that fires sends an acceptance to approval.
 */
public enum GuardrailRule {

	/** The risk's level is above the highest level the risk owner may accept alone. */
	LEVEL_ABOVE_AUTONOMY_LIMIT,

	/** The risk affects other products. */
	AFFECTS_OTHER_PRODUCTS,

	/** The risk involves customer data. */
	INVOLVES_CUSTOMER_DATA,

	/** The risk violates a security requirement. */
	VIOLATES_SECURITY_REQUIREMENT,

	/** The risk owner's required risk owner training has lapsed. */
	RISK_OWNER_TRAINING_LAPSED;

	public String messageKey() {
		return "guardrail.rule." + name();
	}

}
