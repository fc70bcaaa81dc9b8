package io.ownership.core.action;

import java.time.Clock;
import java.time.LocalDate;
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
import io.ownership.core.shared.Role;
import jakarta.transaction.Transactional;

/**
 * The use cases of follow-up actions: a team's people (and security managers) open
 * actions for the team and mark them done; the owner marks their own done.
 */
@Transactional
public class ActionService {

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

	public FollowUpAction open(Actor actor, NewAction request) {
		Team team = this.teams.findById(request.team())
			.orElseThrow(() -> new NotFoundException("Team", request.team()));
		if (!mayAct(actor, team.id())) {
			throw new ForbiddenException("action.forbidden", "Only the team's people and security managers do this");
		}
		String ownerName = null;
		if (request.owner() != null) {
			ownerName = this.directory.activeName(request.owner())
				.orElseThrow(
						() -> new InvalidInputException("owner", "action.owner.unknown", "Choose an active person"));
		}
		FollowUpAction action = FollowUpAction.open(request, actor.username(), LocalDate.now(this.clock));
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

	public FollowUpAction complete(Actor actor, ActionId id) {
		FollowUpAction action = this.actions.findById(id).orElseThrow(() -> new NotFoundException("Action", id));
		Optional<PersonId> person = this.directory.personOf(actor.username());
		boolean owner = person.isPresent() && person.get().equals(action.owner());
		if (!owner && !mayAct(actor, action.team())) {
			throw new ForbiddenException("action.forbidden", "Only the team's people and security managers do this");
		}
		action.complete(LocalDate.now(this.clock));
		this.actions.save(action);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "action.done")
			.entity("Action", action.id())
			.summary("Action done: " + action.title())
			.change("status", "open", "done")
			.build());
		return action;
	}

}
