/**
 * Threat modeling pages: a product's and a team's triaged backlog items, an item's
 * triage, decision and threat model, a threat turned into a risk, and their CSV exports.
 */
package io.ownership.web.threat;
