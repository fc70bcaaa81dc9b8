package io.ownership.core.action;

import java.time.LocalDate;
import java.util.Objects;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.InvalidInputException;

/**
 * A follow-up action of a team: what, who owns it (a person), by when, from which source;
 * open until it is done or cancelled, and open again when reopened.
 */
public final class FollowUpAction {

	public static final int MAX_TITLE = 300;

	private final ActionId id;

	private final TeamId team;

	private String title;

	private PersonId owner;

	private LocalDate dueOn;

	private final ActionSource source;

	private final String createdBy;

	private ActionStatus status;

	private LocalDate doneOn;

	private final long version;

	public FollowUpAction(ActionId id, TeamId team, String title, PersonId owner, LocalDate dueOn, ActionSource source,
			String createdBy, ActionStatus status, LocalDate doneOn, long version) {
		this.id = Objects.requireNonNull(id, "id");
		this.team = Objects.requireNonNull(team, "team");
		this.title = title;
		this.owner = owner;
		this.dueOn = dueOn;
		this.source = source;
		this.createdBy = createdBy;
		this.status = status;
		this.doneOn = doneOn;
		this.version = version;
	}

	public static FollowUpAction open(NewAction request, String createdBy, LocalDate today) {
		String title = checkedTitle(request.title());
		checkOwnerAndDue(request.owner(), request.dueOn(), null, today);
		return new FollowUpAction(ActionId.random(), request.team(), title, request.owner(), request.dueOn(),
				request.source(), createdBy, ActionStatus.OPEN, null, 0);
	}

	/**
	 * Changes what, who and by when; a due date already passed may stay as it is but not
	 * be moved into the past. A done or cancelled action is reopened first.
	 */
	public void edit(String title, PersonId owner, LocalDate dueOn, LocalDate today) {
		if (this.status != ActionStatus.OPEN) {
			throw new DomainException("action.rule.closedUnchanged", "Only an open action can be changed");
		}
		String checked = checkedTitle(title);
		checkOwnerAndDue(owner, dueOn, this.dueOn, today);
		this.title = checked;
		this.owner = owner;
		this.dueOn = dueOn;
	}

	public void complete(LocalDate today) {
		requireOpen();
		this.status = ActionStatus.DONE;
		this.doneOn = today;
	}

	/** No longer needed: closed without being done. */
	public void cancel(LocalDate today) {
		requireOpen();
		this.status = ActionStatus.CANCELLED;
		this.doneOn = today;
	}

	/** A done or cancelled action is to be done after all. */
	public void reopen() {
		if (this.status == ActionStatus.OPEN) {
			throw new DomainException("action.rule.alreadyOpen", "Only a done or cancelled action can be reopened");
		}
		this.status = ActionStatus.OPEN;
		this.doneOn = null;
	}

	private void requireOpen() {
		if (this.status != ActionStatus.OPEN) {
			throw new DomainException("action.rule.notOpen", "Only an open action can be closed");
		}
	}

	private static String checkedTitle(String raw) {
		String title = (raw == null) ? "" : raw.trim();
		if (title.isEmpty()) {
			throw new InvalidInputException("title", "input.required", "Required");
		}
		if (title.length() > MAX_TITLE) {
			throw new InvalidInputException("title", "action.title.tooLong", "At most " + MAX_TITLE + " characters",
					MAX_TITLE);
		}
		return title;
	}

	private static void checkOwnerAndDue(PersonId owner, LocalDate dueOn, LocalDate before, LocalDate today) {
		if (owner == null) {
			throw new InvalidInputException("owner", "input.required", "Required");
		}
		if (dueOn == null) {
			throw new InvalidInputException("dueOn", "input.required", "Required");
		}
		if (dueOn.isBefore(today) && !dueOn.equals(before)) {
			throw new InvalidInputException("dueOn", "action.dueOn.past", "The due date cannot be in the past");
		}
	}

	public boolean isOverdue(LocalDate today) {
		return this.status == ActionStatus.OPEN && this.dueOn.isBefore(today);
	}

	public ActionId id() {
		return this.id;
	}

	public TeamId team() {
		return this.team;
	}

	public String title() {
		return this.title;
	}

	public PersonId owner() {
		return this.owner;
	}

	public LocalDate dueOn() {
		return this.dueOn;
	}

	public ActionSource source() {
		return this.source;
	}

	public String createdBy() {
		return this.createdBy;
	}

	public ActionStatus status() {
		return this.status;
	}

	public LocalDate doneOn() {
		return this.doneOn;
	}

	public long version() {
		return this.version;
	}

}
