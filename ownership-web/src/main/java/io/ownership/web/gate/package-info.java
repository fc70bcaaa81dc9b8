/**
 * The security gate on the web: API tokens pages, the gate policy pages, a product's gate
 * state and history, the products failing now, and the pipeline endpoints that report
 * check runs (SARIF, CycloneDX) and ask the gate.
 */
package io.ownership.web.gate;
