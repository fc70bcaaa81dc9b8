package io.ownership.core.catalog.imports;

import java.util.List;

/**
 * A person as an import describes it. People are identified by e-mail address.
 *
 * @param ref the entry
 * @param key how other entries of the import refer to them
 * @param name the person's name
 * @param email the e-mail address as written
 * @param teams keys of teams of the same import the person is a member of
 */
public record PersonDraft(EntryRef ref, String key, String name, String email, List<String> teams) {

	public PersonDraft {
		teams = List.copyOf(teams);
	}

}
