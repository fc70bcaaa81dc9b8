/**
 * A deterministic large organization for benchmarks, bulk-loaded into the app's own
 * schema.
 */
package io.ownership.persistence.dataset;
