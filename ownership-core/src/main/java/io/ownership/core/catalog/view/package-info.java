/**
 * Read models of the catalog: the rows and dashboards that lists and pages show, answered
 * by the {@link io.ownership.core.catalog.view.CatalogQuery} port.
 */
package io.ownership.core.catalog.view;
