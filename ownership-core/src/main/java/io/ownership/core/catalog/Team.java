package io.ownership.core.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.ownership.core.shared.InvalidInputException;

/**
 * An organizational unit with members. Each member has a role in the team ("developer",
 * "product owner", ...), free text since organizations name these differently.
 */
public final class Team {

	private final TeamId id;

	private String name;

	private TeamKind kind;

	private String description;

	private final Map<PersonId, String> members;

	private final long version;

	public Team(TeamId id, String name, TeamKind kind, String description, Map<PersonId, String> members,
			long version) {
		this.id = Objects.requireNonNull(id, "id");
		this.name = name;
		this.kind = kind;
		this.description = description;
		this.members = new LinkedHashMap<>(members);
		this.version = version;
	}

	public static Team found(String name, TeamKind kind, String description) {
		Team team = new Team(TeamId.random(), null, null, null, Map.of(), 0);
		team.describe(name, kind, description);
		return team;
	}

	public void describe(String newName, TeamKind newKind, String newDescription) {
		if (newKind == null) {
			throw new InvalidInputException("kind", "input.required", "Required");
		}
		this.name = Names.clean("name", newName, 120);
		this.kind = newKind;
		this.description = Names.optional("description", newDescription, 2000);
	}

	public void addMember(PersonId person, String roleInTeam) {
		this.members.put(person, Names.clean("roleInTeam", roleInTeam, 100));
	}

	public void removeMember(PersonId person) {
		this.members.remove(person);
	}

	public TeamId id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public TeamKind kind() {
		return this.kind;
	}

	public String description() {
		return this.description;
	}

	public Map<PersonId, String> members() {
		return Map.copyOf(this.members);
	}

	public long version() {
		return this.version;
	}

}
