package io.ownership.web.catalog;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A person to add to a team, with their role there.
 */
public class MemberForm {

	@NotNull(message = "{input.required}")
	private UUID person;

	@NotBlank(message = "{input.required}")
	@Size(max = 100, message = "{catalog.input.tooLong}")
	private String role;

	public UUID getPerson() {
		return this.person;
	}

	public void setPerson(UUID person) {
		this.person = person;
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

}
