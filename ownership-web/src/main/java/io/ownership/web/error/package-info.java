/**
 * Error pages inside the layout: 403, 404, 409, 500 and 503, never a stack trace.
 */
package io.ownership.web.error;
