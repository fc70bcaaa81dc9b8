/**
 * Stores user accounts and lists them for administration.
 */
package io.ownership.persistence.account;
