/**
 * Pages of the shared-responsibility matrices: the use cases, each matrix read only, its
 * draft editor (htmx or plain forms), published versions and their differences, and who
 * is behind each letter for a product.
 */
package io.ownership.web.responsibility;
