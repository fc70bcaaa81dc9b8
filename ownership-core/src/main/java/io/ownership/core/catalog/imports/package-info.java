/**
 * Importing the catalog from a Backstage catalog or a CSV file: mapping, a dry-run plan,
 * and applying the plan in one transaction.
 */
package io.ownership.core.catalog.imports;
