package io.ownership.core.catalog.imports;

import java.util.List;

import io.ownership.core.catalog.TeamKind;

/**
 * A team as an import describes it.
 *
 * @param ref the entry
 * @param key how other entries of the import refer to it
 * @param name the team's name
 * @param kind the team's kind, or null when the source does not say
 * @param description a description, or null to keep the current one
 * @param members keys of people of the same import who are members
 */
public record TeamDraft(EntryRef ref, String key, String name, TeamKind kind, String description,
		List<String> members) {

	public TeamDraft {
		members = List.copyOf(members);
	}

}
