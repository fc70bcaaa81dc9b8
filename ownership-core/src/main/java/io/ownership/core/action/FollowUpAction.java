package io.ownership.core.action;

import java.time.LocalDate;
import java.util.Objects;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.InvalidInputException;

/**
 * A follow-up action of a team: what, who owns it (a person), by when, from which source;
 * open until it is done.
 */
public final class FollowUpAction {

	public static final int MAX_TITLE = 300;

	private final ActionId id;

	private final TeamId team;

	private final String title;

	private final PersonId owner;

	private final LocalDate dueOn;

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
		String title = (request.title() == null) ? "" : request.title().trim();
		if (title.isEmpty()) {
			throw new InvalidInputException("title", "input.required", "Required");
		}
		if (title.length() > MAX_TITLE) {
			throw new InvalidInputException("title", "action.title.tooLong", "At most " + MAX_TITLE + " characters",
					MAX_TITLE);
		}
		if (request.owner() == null) {
			throw new InvalidInputException("owner", "input.required", "Required");
		}
		if (request.dueOn() == null) {
			throw new InvalidInputException("dueOn", "input.required", "Required");
		}
		if (request.dueOn().isBefore(today)) {
			throw new InvalidInputException("dueOn", "action.dueOn.past", "The due date cannot be in the past");
		}
		return new FollowUpAction(ActionId.random(), request.team(), title, request.owner(), request.dueOn(),
				request.source(), createdBy, ActionStatus.OPEN, null, 0);
	}

	public void complete(LocalDate today) {
		if (this.status != ActionStatus.OPEN) {
			throw new DomainException("action.rule.notOpen", "Only an open action can be marked done");
		}
		this.status = ActionStatus.DONE;
		this.doneOn = today;
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
