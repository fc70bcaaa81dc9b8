package io.ownership.core.catalog.imports;

import java.util.List;

import io.ownership.core.audit.FieldChange;

/**
 * One line of the import's report: an entry, what the import does with it, the values
 * that change (old and new) and why, when it is skipped or rejected.
 *
 * @param ref the entry
 * @param target what it becomes in the catalog: team, person, product, asset, or empty
 * @param outcome created, updated, unchanged, skipped or rejected
 * @param changes the values that change
 * @param messages why it is skipped or rejected, and notes
 */
public record PlanItem(EntryRef ref, String target, Outcome outcome, List<FieldChange> changes, List<String> messages) {

	public PlanItem {
		changes = List.copyOf(changes);
		messages = List.copyOf(messages);
	}

	public static PlanItem skipped(EntryRef ref, String message) {
		return new PlanItem(ref, "", Outcome.SKIP, List.of(), List.of(message));
	}

	public static PlanItem rejected(EntryRef ref, String target, String message) {
		return new PlanItem(ref, target, Outcome.REJECT, List.of(), List.of(message));
	}

}
