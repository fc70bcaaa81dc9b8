package io.ownership.core.catalog.imports;

/**
 * What an import does with one entry.
 */
public enum Outcome {

	CREATE, UPDATE, UNCHANGED, SKIP, REJECT

}
