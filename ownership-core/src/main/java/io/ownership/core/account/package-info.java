/**
 * User accounts, their roles, password rules and the throttling of failed logins.
 */
package io.ownership.core.account;
