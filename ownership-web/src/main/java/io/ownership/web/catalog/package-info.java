/**
 * The catalog's pages: products, teams, people, assets, the team dashboard and search.
 */
package io.ownership.web.catalog;
