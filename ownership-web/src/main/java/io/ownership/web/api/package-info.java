/**
 * The JSON API for delivery pipelines and scripts under {@code /api/v1}: its stateless
 * bearer-token security chain, its problem responses (RFC 9457) and its read and write
 * endpoints.
 */
package io.ownership.web.api;
