/**
 * Account administration: create accounts, assign roles, deactivate, reset passwords.
 */
package io.ownership.web.admin;
