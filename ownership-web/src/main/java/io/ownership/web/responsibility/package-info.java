/**
 * Pages of the shared-responsibility matrices: the use cases, the draft grid edited with
 * htmx or plain forms, published versions and their differences, and who is behind each
 * letter for a product.
 */
package io.ownership.web.responsibility;
