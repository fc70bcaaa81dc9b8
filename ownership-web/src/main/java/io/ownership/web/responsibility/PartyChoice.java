package io.ownership.web.responsibility;

import java.util.UUID;

import io.ownership.core.catalog.TeamId;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.shared.InvalidInputException;

/**
 * The column chosen in the editor's "add a party" form: a role ({@code role:NAME}) or a
 * fixed team ({@code team:UUID}). A value of either kind that names nothing is refused
 * next to the field; no choice at all is left to the use case to refuse.
 *
 * @param role the role chosen, or null
 * @param team the team chosen, or null
 */
record PartyChoice(PartyRole role, TeamId team) {

	static PartyChoice parse(String value) {
		if (value != null && value.startsWith("team:")) {
			return new PartyChoice(null, new TeamId(uuid(value.substring(5))));
		}
		if (value != null && value.startsWith("role:")) {
			return new PartyChoice(role(value.substring(5)), null);
		}
		return new PartyChoice(null, null);
	}

	private static UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw refused();
		}
	}

	private static PartyRole role(String value) {
		try {
			return PartyRole.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			throw refused();
		}
	}

	private static InvalidInputException refused() {
		return new InvalidInputException("party", "matrix.party.roleOrTeam", "Choose a role or a team");
	}

}
