package io.ownership.core.catalog;

/**
 * How sensitive the data in a data store is. Customer data is what guardrails watch for.
 */
public enum DataClassification {

	PUBLIC, INTERNAL, CONFIDENTIAL, CUSTOMER_DATA

}
