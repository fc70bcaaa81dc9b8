package io.ownership.core.responsibility.matrix;

/**
 * A party that resolves per product: who it is depends on the product the matrix is
 * applied to.
 */
public enum PartyRole {

	/** The product's owning team. */
	DEVELOPMENT_TEAM,
	/** The owning teams of the platforms the product runs on. */
	PLATFORM_TEAM,
	/** The organization's teams of kind security. */
	PRODUCT_SECURITY_TEAM,
	/** The organization's teams of kind operations. */
	OPERATIONS,
	/** The product's risk owner (ISO/IEC 27001:2013, 6.1.2 c). */
	RISK_OWNER,
	/** The product's product owner. */
	PRODUCT_OWNER,
	/** The active security champions of the product's owning team. */
	SECURITY_CHAMPION

}
