package io.ownership.web.program;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * Nominates a person as champion of a team.
 */
public class NominationForm {

	@NotNull(message = "{input.required}")
	private UUID team;

	@NotNull(message = "{input.required}")
	private UUID person;

	/** An empty nomination, for the given team when one was chosen. */
	static NominationForm forTeam(UUID team) {
		NominationForm form = new NominationForm();
		form.team = team;
		return form;
	}

	public UUID getTeam() {
		return this.team;
	}

	public void setTeam(UUID team) {
		this.team = team;
	}

	public UUID getPerson() {
		return this.person;
	}

	public void setPerson(UUID person) {
		this.person = person;
	}

}
