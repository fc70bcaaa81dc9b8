package io.ownership.core.catalog;

/**
 * What a product is: a service the business uses, a platform other products run on, or a
 * security service (tools, requirements, help) for the others.
 */
public enum ProductKind {

	BUSINESS_SERVICE, PLATFORM, SECURITY_SERVICE

}
