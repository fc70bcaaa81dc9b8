/**
 * Security use cases and their shared-responsibility (RACI) matrices: drafts checked
 * against the rules, published versions, applicability and who is behind each letter for
 * a product.
 */
package io.ownership.core.responsibility;
