/**
 * The ownership catalog: teams, people, products and assets, and who owns the security of
 * what.
 */
package io.ownership.core.catalog;
