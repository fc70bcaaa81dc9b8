package io.ownership.core.responsibility.matrix;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What changed between two contents of a matrix: rows and columns added or removed, and
 * every cell whose letter differs. Rows and columns are matched by identity, so a renamed
 * activity is one activity.
 *
 * @param addedActivities rows only the newer content has
 * @param removedActivities rows only the older content has
 * @param renamedActivities rows whose name or description changed, as in the newer
 * content
 * @param addedParties columns only the newer content has
 * @param removedParties columns only the older content has
 * @param cells the cells whose letter differs, in the newer content's row order
 */
public record MatrixDiff(List<Activity> addedActivities, List<Activity> removedActivities,
		List<Activity> renamedActivities, List<Party> addedParties, List<Party> removedParties,
		List<CellChange> cells) {

	/**
	 * One cell whose letter changed; {@code before} or {@code after} is null for an empty
	 * cell.
	 */
	public record CellChange(Activity activity, Party party, Raci before, Raci after) {
	}

	public static MatrixDiff between(MatrixContent older, MatrixContent newer) {
		List<Activity> added = newer.activities()
			.stream()
			.filter((activity) -> older.activity(activity.id()).isEmpty())
			.toList();
		List<Activity> removed = older.activities()
			.stream()
			.filter((activity) -> newer.activity(activity.id()).isEmpty())
			.toList();
		List<Activity> renamed = newer.activities()
			.stream()
			.filter((activity) -> older.activity(activity.id()).map((before) -> !before.equals(activity)).orElse(false))
			.toList();
		List<Party> addedParties = newer.parties()
			.stream()
			.filter((party) -> older.party(party.id()).isEmpty())
			.toList();
		List<Party> removedParties = older.parties()
			.stream()
			.filter((party) -> newer.party(party.id()).isEmpty())
			.toList();
		List<Activity> rows = new ArrayList<>(newer.activities());
		rows.addAll(removed);
		Set<Party> columns = new LinkedHashSet<>(newer.parties());
		columns.addAll(removedParties);
		List<CellChange> cells = new ArrayList<>();
		for (Activity activity : rows) {
			for (Party party : columns) {
				Raci before = older.letter(activity.id(), party.id());
				Raci after = newer.letter(activity.id(), party.id());
				if (before != after) {
					cells.add(new CellChange(activity, party, before, after));
				}
			}
		}
		return new MatrixDiff(added, removed, renamed, addedParties, removedParties, cells);
	}

	public boolean isEmpty() {
		return this.addedActivities.isEmpty() && this.removedActivities.isEmpty() && this.renamedActivities.isEmpty()
				&& this.addedParties.isEmpty() && this.removedParties.isEmpty() && this.cells.isEmpty();
	}

}
