package io.ownership.web.catalog;

import io.ownership.core.catalog.view.PersonDetail;
import io.ownership.web.support.VersionedForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person as typed in the form: name, e-mail address and, when new, an optional user
 * account to link.
 */
public class PersonForm extends VersionedForm {

	@NotBlank(message = "{input.required}")
	@Size(max = 200, message = "{catalog.input.tooLong}")
	private String name;

	@NotBlank(message = "{input.required}")
	@Size(max = 254, message = "{catalog.input.tooLong}")
	private String email;

	@Size(max = 60, message = "{catalog.input.tooLong}")
	private String username;

	/** The form showing a person as they are now, on their current version. */
	static PersonForm of(PersonDetail person) {
		PersonForm form = new PersonForm();
		form.name = person.name();
		form.email = person.email();
		form.username = person.username();
		form.setVersion(person.version());
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

}
