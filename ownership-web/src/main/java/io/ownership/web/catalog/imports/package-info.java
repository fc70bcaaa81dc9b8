/**
 * The import page and API: Backstage {@code catalog-info.yaml} and CSV files, dry run
 * then apply.
 */
package io.ownership.web.catalog.imports;
