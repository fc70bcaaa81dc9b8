package io.ownership.web.action;

import java.time.LocalDate;
import java.util.UUID;

import io.ownership.core.action.FollowUpAction;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.view.PickQuery;
import io.ownership.web.support.Picker;
import io.ownership.web.support.VersionedForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * A follow-up action as typed: what, who owns it (typed in a search field: a name, an
 * e-mail address or an id), by when; the version of the action when it is edited. A
 * source's page extends it with the source's reference where the user picks one (a
 * maturity gap's practice).
 */
public class ActionForm extends VersionedForm {

	/** The form filled with the action's current values and version. */
	public static ActionForm of(FollowUpAction action, String ownerName) {
		ActionForm form = new ActionForm();
		form.setTitle(action.title());
		form.setOwner(ownerName);
		form.setDueOn(action.dueOn());
		form.setVersion(action.version());
		return form;
	}

	@NotBlank(message = "{input.required}")
	@Size(max = 300, message = "{action.title.tooLong}")
	private String title;

	@NotBlank(message = "{input.required}")
	private String owner;

	@NotNull(message = "{input.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	/**
	 * The owner the field names (a name, an e-mail address or an id) among the active
	 * people; null when it names none or several, which is said next to the field.
	 */
	public PersonId owner(BindingResult result, PickQuery picks) {
		UUID id = Picker.resolve(this.owner, result, "owner", (limit) -> picks.activePeople(this.owner, true, limit));
		return (id != null) ? new PersonId(id) : null;
	}

	public String getOwner() {
		return this.owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

}
