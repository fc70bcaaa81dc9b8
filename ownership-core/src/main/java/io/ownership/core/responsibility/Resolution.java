package io.ownership.core.responsibility;

import java.util.List;

import io.ownership.core.responsibility.matrix.Party;

/**
 * Who stands behind a party for one product.
 *
 * @param party the column
 * @param outcome whether it resolved
 * @param teams the teams it resolved to
 * @param people the people it resolved to
 */
public record Resolution(Party party, Outcome outcome, List<TeamRef> teams, List<PersonRef> people) {

	/**
	 * How a party resolved.
	 */
	public enum Outcome {

		/** At least one team or person. */
		RESOLVED,
		/** Nobody: a gap (no platform, a vacant risk owner, no champion, ...). */
		NOBODY,
		/** Not known: the security champions are not recorded in this installation. */
		NOT_RECORDED

	}

	public Resolution {
		teams = List.copyOf(teams);
		people = List.copyOf(people);
	}

	static Resolution of(Party party, List<TeamRef> teams, List<PersonRef> people) {
		boolean nobody = teams.isEmpty() && people.isEmpty();
		return new Resolution(party, nobody ? Outcome.NOBODY : Outcome.RESOLVED, teams, people);
	}

	/**
	 * The names behind the party, teams first, joined by commas.
	 */
	public String names() {
		List<String> names = new java.util.ArrayList<>();
		this.teams.forEach((team) -> names.add(team.name()));
		this.people.forEach((person) -> names.add(person.name()));
		return String.join(", ", names);
	}

}
