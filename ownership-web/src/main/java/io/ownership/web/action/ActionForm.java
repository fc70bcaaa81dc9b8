package io.ownership.web.action;

import java.time.LocalDate;
import java.util.UUID;

import io.ownership.core.action.FollowUpAction;
import io.ownership.web.support.VersionedForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A follow-up action as typed: what, who owns it, by when; the version of the action when
 * it is edited. A source's page extends it with the source's reference where the user
 * picks one (a maturity gap's practice).
 */
public class ActionForm extends VersionedForm {

	/** The form filled with the action's current values and version. */
	public static ActionForm of(FollowUpAction action) {
		ActionForm form = new ActionForm();
		form.setTitle(action.title());
		form.setOwner(action.owner().value());
		form.setDueOn(action.dueOn());
		form.setVersion(action.version());
		return form;
	}

	@NotBlank(message = "{input.required}")
	@Size(max = 300, message = "{action.title.tooLong}")
	private String title;

	@NotNull(message = "{input.required}")
	private UUID owner;

	@NotNull(message = "{input.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public UUID getOwner() {
		return this.owner;
	}

	public void setOwner(UUID owner) {
		this.owner = owner;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

}
