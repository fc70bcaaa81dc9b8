/**
 * Threat modeling in refinement: backlog items triaged for what they touch, light STRIDE
 * threat models where the team decides one is needed, threats to accept turned into risks
 * of the register, and the participating champions credited.
 */
package io.ownership.core.threat;
