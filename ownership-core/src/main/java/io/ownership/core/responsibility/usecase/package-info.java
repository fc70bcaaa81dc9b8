/**
 * Use cases of shared responsibility and the products they apply to.
 */
package io.ownership.core.responsibility.usecase;
