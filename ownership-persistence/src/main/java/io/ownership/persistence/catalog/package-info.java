/**
 * Stores the catalog (teams, people, products, assets) and answers its lists and
 * dashboards.
 */
package io.ownership.persistence.catalog;
