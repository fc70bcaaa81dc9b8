package io.ownership.core.responsibility.matrix;

import java.util.Objects;

import io.ownership.core.catalog.Names;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.shared.InvalidInputException;

/**
 * A column of a matrix: either a role that resolves per product or a fixed named team,
 * never both. An optional label replaces the default name on the page.
 *
 * @param id the column's identity, kept across versions
 * @param role the role, or null for a fixed team
 * @param team the fixed team, or null for a role
 * @param label what the column header says instead of the role's or team's name, or null
 */
public record Party(PartyId id, PartyRole role, TeamId team, String label) {

	public Party {
		Objects.requireNonNull(id, "id");
		if ((role == null) == (team == null)) {
			throw new InvalidInputException("party", "matrix.party.roleOrTeam", "Choose a role or a team");
		}
		label = Names.optional("label", label, 120);
	}

	public static Party of(PartyRole role) {
		return new Party(PartyId.random(), role, null, null);
	}

	public static Party of(TeamId team) {
		return new Party(PartyId.random(), null, team, null);
	}

	public boolean isFixedTeam() {
		return this.team != null;
	}

	/**
	 * Whether the other party stands for the same role or the same team, which would make
	 * the same column twice.
	 */
	public boolean sameColumnAs(Party other) {
		return Objects.equals(this.role, other.role) && Objects.equals(this.team, other.team);
	}

	Party relabel(String newLabel) {
		return new Party(this.id, this.role, this.team, newLabel);
	}

}
