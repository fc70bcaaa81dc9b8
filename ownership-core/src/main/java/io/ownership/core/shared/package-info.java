/**
 * Building blocks every feature uses: domain exceptions, paging, the acting user.
 */
package io.ownership.core.shared;
