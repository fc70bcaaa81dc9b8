package io.ownership.core.catalog;

import java.time.Clock;

import io.ownership.core.account.AccountId;
import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import jakarta.transaction.Transactional;

/**
 * Use cases that change teams and people. Every change is recorded in the history in the
 * same transaction.
 */
@Transactional
public class CatalogService {

	private final TeamRepository teams;

	private final PersonRepository people;

	private final AuditLog audit;

	private final Clock clock;

	public CatalogService(TeamRepository teams, PersonRepository people, AuditLog audit, Clock clock) {
		this.teams = teams;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	public Team createTeam(Actor actor, String name, TeamKind kind, String description) {
		Team team = Team.found(name, kind, description);
		if (this.teams.findByName(team.name()).isPresent()) {
			throw new InvalidInputException("name", "team.name.taken", "A team named " + team.name() + " exists",
					team.name());
		}
		this.teams.save(team);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "team.created")
			.entity("Team", team.id())
			.summary("Team " + team.name() + " created")
			.change("name", null, team.name())
			.change("kind", null, team.kind())
			.change("description", null, team.description())
			.build());
		return team;
	}

	public Person registerPerson(Actor actor, String name, String email, AccountId account) {
		Person person = Person.register(name, email, account);
		if (this.people.findByEmail(person.email().value()).isPresent()) {
			throw new InvalidInputException("email", "person.email.taken",
					"Someone with the e-mail address " + person.email() + " is registered", person.email());
		}
		this.people.save(person);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "person.created")
			.entity("Person", person.id())
			.summary("Person " + person.name() + " registered")
			.change("name", null, person.name())
			.change("email", null, person.email())
			.change("account", null, account)
			.build());
		return person;
	}

	public void addMember(Actor actor, TeamId teamId, PersonId personId, String roleInTeam) {
		Team team = this.teams.findById(teamId).orElseThrow(() -> new NotFoundException("Team", teamId));
		Person person = this.people.findById(personId).orElseThrow(() -> new NotFoundException("Person", personId));
		String before = team.members().get(personId);
		team.addMember(personId, roleInTeam);
		this.teams.save(team);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "team.memberAdded")
			.entity("Team", teamId)
			.summary(person.name() + " in team " + team.name() + " as " + team.members().get(personId))
			.change("member " + person.name(), before, team.members().get(personId))
			.build());
	}

}
