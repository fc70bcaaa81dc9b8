package io.ownership.core.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.StaleVersionException;
import io.ownership.core.shared.Role;
import jakarta.transaction.Transactional;

/**
 * The use cases of follow-up actions, whatever their source. Who may do what:
 * <ul>
 * <li>open an action for a team: the team's people (members, active champions, product
 * owners of its products) and security managers;</li>
 * <li>mark it done or reopen it: its owner, the team's people and security managers;</li>
 * <li>edit or cancel it: its owner, the team's product owners and security managers.</li>
 * </ul>
 * Everyone else is refused, whatever the page showed them.
 */
@Transactional
public class ActionService {

	private static final String FORBIDDEN = "Only the action's owner, the team's people and security managers do this";

	private final ActionRepository actions;

	private final ActionDirectory directory;

	private final TeamRepository teams;

	private final AuditLog audit;

	private final Clock clock;

	public ActionService(ActionRepository actions, ActionDirectory directory, TeamRepository teams, AuditLog audit,
			Clock clock) {
		this.actions = actions;
		this.directory = directory;
		this.teams = teams;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the actor may open actions for the team (and mark its actions done). */
	public boolean mayAct(Actor actor, TeamId team) {
		if (actor.has(Role.SECURITY_MANAGER)) {
			return true;
		}
		if (!actor.hasAny(Role.TEAM_MEMBER, Role.PRODUCT_OWNER)) {
			return false;
		}
		Optional<PersonId> person = this.directory.personOf(actor.username());
		return person.isPresent() && this.directory.belongsTo(person.get(), team);
	}

	/** Whether the actor may mark the action done or reopen it. */
	public boolean mayClose(Actor actor, FollowUpAction action) {
		return owns(actor, action) || mayAct(actor, action.team());
	}

	/** Whether the actor may edit or cancel the action. */
	public boolean mayManage(Actor actor, FollowUpAction action) {
		if (actor.has(Role.SECURITY_MANAGER) || owns(actor, action)) {
			return true;
		}
		if (!actor.has(Role.PRODUCT_OWNER)) {
			return false;
		}
		Optional<PersonId> person = this.directory.personOf(actor.username());
		return person.isPresent() && this.directory.ownsProductOf(person.get(), action.team());
	}

	private boolean owns(Actor actor, FollowUpAction action) {
		Optional<PersonId> person = this.directory.personOf(actor.username());
		return person.isPresent() && person.get().equals(action.owner());
	}

	public FollowUpAction open(Actor actor, NewAction request) {
		Team team = this.teams.findById(request.team())
			.orElseThrow(() -> new NotFoundException("Team", request.team()));
		if (!mayAct(actor, team.id())) {
			throw new ForbiddenException("action.forbidden", "Only the team's people and security managers do this");
		}
		return record(actor, team, request);
	}

	/**
	 * Opens an action for a source whose own feature has checked that the actor may act
	 * on it (the editors of a post-mortem: the product's owners and security managers),
	 * with the same checks of the action itself and the same history as
	 * {@link #open(Actor, NewAction)}.
	 */
	public FollowUpAction openFromSource(Actor actor, NewAction request) {
		Team team = this.teams.findById(request.team())
			.orElseThrow(() -> new NotFoundException("Team", request.team()));
		return record(actor, team, request);
	}

	private FollowUpAction record(Actor actor, Team team, NewAction request) {
		String ownerName = null;
		if (request.owner() != null) {
			ownerName = activeName(request.owner());
		}
		FollowUpAction action = FollowUpAction.open(request, actor.username(), today());
		this.actions.save(action);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "action.opened")
			.entity("Action", action.id())
			.summary("Action for " + team.name() + " opened: " + action.title() + " (from " + action.source().label()
					+ ")")
			.change("owner", null, ownerName)
			.change("due", null, action.dueOn())
			.build());
		return action;
	}

	@Transactional(Transactional.TxType.SUPPORTS)
	public FollowUpAction load(ActionId id) {
		return this.actions.findById(id).orElseThrow(() -> new NotFoundException("Action", id));
	}

	/** The owner's name, or null when the owner is no longer active. */
	@Transactional(Transactional.TxType.SUPPORTS)
	public String ownerName(FollowUpAction action) {
		return this.directory.activeName(action.owner()).orElse(null);
	}

	public FollowUpAction edit(Actor actor, ActionId id, long version, String title, PersonId owner, LocalDate dueOn) {
		FollowUpAction action = load(id);
		if (!mayManage(actor, action)) {
			throw new ForbiddenException("action.forbidden.manage",
					"Only the action's owner, the team's product owners and security managers do this");
		}
		if (action.version() != version) {
			throw new StaleVersionException("Action", id);
		}
		String titleBefore = action.title();
		PersonId ownerBefore = action.owner();
		LocalDate dueBefore = action.dueOn();
		String ownerName = (owner == null || owner.equals(ownerBefore)) ? null : activeName(owner);
		action.edit(title, owner, dueOn, today());
		this.actions.save(action);
		AuditEntry.Builder entry = AuditEntry.of(this.clock.instant(), actor.username(), "action.edited")
			.entity("Action", action.id())
			.summary("Action edited: " + action.title());
		if (!titleBefore.equals(action.title())) {
			entry.change("title", titleBefore, action.title());
		}
		if (!ownerBefore.equals(action.owner())) {
			entry.change("owner", this.directory.activeName(ownerBefore).orElse(null), ownerName);
		}
		if (!Objects.equals(dueBefore, action.dueOn())) {
			entry.change("due", dueBefore, action.dueOn());
		}
		this.audit.record(entry.build());
		return action;
	}

	public FollowUpAction complete(Actor actor, ActionId id) {
		FollowUpAction action = load(id);
		if (!mayClose(actor, action)) {
			throw new ForbiddenException("action.forbidden", FORBIDDEN);
		}
		action.complete(today());
		return statusChanged(actor, action, "action.done", "Action done: ", "open", "done");
	}

	public FollowUpAction reopen(Actor actor, ActionId id) {
		FollowUpAction action = load(id);
		if (!mayClose(actor, action)) {
			throw new ForbiddenException("action.forbidden", FORBIDDEN);
		}
		String before = (action.status() == ActionStatus.DONE) ? "done" : "cancelled";
		action.reopen();
		return statusChanged(actor, action, "action.reopened", "Action reopened: ", before, "open");
	}

	public FollowUpAction cancel(Actor actor, ActionId id) {
		FollowUpAction action = load(id);
		if (!mayManage(actor, action)) {
			throw new ForbiddenException("action.forbidden.manage",
					"Only the action's owner, the team's product owners and security managers do this");
		}
		action.cancel(today());
		return statusChanged(actor, action, "action.cancelled", "Action cancelled: ", "open", "cancelled");
	}

	private FollowUpAction statusChanged(Actor actor, FollowUpAction action, String kind, String summary, String before,
			String after) {
		this.actions.save(action);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), kind)
			.entity("Action", action.id())
			.summary(summary + action.title())
			.change("status", before, after)
			.build());
		return action;
	}

	private String activeName(PersonId person) {
		return this.directory.activeName(person)
			.orElseThrow(() -> new InvalidInputException("owner", "action.owner.unknown", "Choose an active person"));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
