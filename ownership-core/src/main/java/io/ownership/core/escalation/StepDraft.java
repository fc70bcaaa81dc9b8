package io.ownership.core.escalation;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.responsibility.matrix.PartyRole;

/**
 * A step as a security manager typed it, checked by {@link EscalationService}.
 */
public record StepDraft(PartyRole role, PersonId person, Integer amount, DelayUnit unit) {

}
