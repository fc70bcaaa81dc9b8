package io.ownership.web.catalog;

import io.ownership.core.catalog.TeamKind;
import io.ownership.core.catalog.view.TeamDashboard;
import io.ownership.web.support.VersionedForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A team as typed in the form, with the version it was edited on.
 */
public class TeamForm extends VersionedForm {

	@NotBlank(message = "{input.required}")
	@Size(max = 120, message = "{catalog.input.tooLong}")
	private String name;

	@NotNull(message = "{input.required}")
	private TeamKind kind;

	@Size(max = 2000, message = "{catalog.input.tooLong}")
	private String description;

	/** The form showing a team as it is now, on its current version. */
	static TeamForm of(TeamDashboard team) {
		TeamForm form = new TeamForm();
		form.name = team.name();
		form.kind = team.kind();
		form.description = team.description();
		form.setVersion(team.version());
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public TeamKind getKind() {
		return this.kind;
	}

	public void setKind(TeamKind kind) {
		this.kind = kind;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
