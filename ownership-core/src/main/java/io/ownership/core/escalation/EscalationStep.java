package io.ownership.core.escalation;

import java.util.Locale;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.shared.InvalidInputException;

/**
 * One step of an escalation path: who is told next (a party that resolves per product as
 * in the matrices, or a named person) and how long after the previous step (the first:
 * after the item started waiting).
 *
 * @param role the party role, or null for a named person
 * @param person the named person, or null for a role
 * @param amount how many units to wait, 1 to {@value #MAX_AMOUNT}
 * @param unit hours or working days
 */
public record EscalationStep(PartyRole role, PersonId person, int amount, DelayUnit unit) {

	public static final int MAX_AMOUNT = 1000;

	public EscalationStep {
		if ((role == null) == (person == null)) {
			throw new InvalidInputException("party", "escalation.step.party", "Choose a role or a person");
		}
		if (amount < 1 || amount > MAX_AMOUNT) {
			throw new InvalidInputException("amount", "escalation.step.amount", "Between 1 and " + MAX_AMOUNT, 1,
					MAX_AMOUNT);
		}
		if (unit == null) {
			throw new InvalidInputException("unit", "input.required", "Required");
		}
	}

	/** The role as the history says it, e.g. "risk owner". */
	public static String roleName(PartyRole role) {
		return role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}
