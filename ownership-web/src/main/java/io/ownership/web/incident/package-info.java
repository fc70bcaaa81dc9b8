/**
 * Security incidents' pages: the organization's and a product's incident lists with their
 * CSV, the incident's page with the product's incident-management matrix, the forms that
 * record and change incidents, and the post-mortem with its risks and actions.
 */
package io.ownership.web.incident;
