/**
 * Requests for acceptance and their decisions as use cases: the approvals inbox, the
 * proposal a risk owner makes and the rows listing a risk's acceptances. The acceptances
 * themselves belong to their risk ({@code core.risk.RiskAcceptances} is the root through
 * which they change).
 */
package io.ownership.core.risk.acceptance;
