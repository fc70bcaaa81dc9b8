package io.ownership.core.responsibility.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a matrix says at one moment: its rows, its columns and the letters in the cells.
 * Immutable; a draft hands one out per change and a published version keeps one for good.
 */
public final class MatrixContent {

	private final List<Activity> activities;

	private final List<Party> parties;

	private final Map<Cell, Raci> cells;

	private final Map<ActivityId, Activity> activitiesById = new HashMap<>();

	private final Map<PartyId, Party> partiesById = new HashMap<>();

	public MatrixContent(List<Activity> activities, List<Party> parties, Map<Cell, Raci> cells) {
		this.activities = List.copyOf(activities);
		this.parties = List.copyOf(parties);
		this.activities.forEach((activity) -> this.activitiesById.putIfAbsent(activity.id(), activity));
		this.parties.forEach((party) -> this.partiesById.putIfAbsent(party.id(), party));
		Map<Cell, Raci> kept = new LinkedHashMap<>();
		cells.forEach((cell, raci) -> {
			if (raci != null && this.activitiesById.containsKey(cell.activity())
					&& this.partiesById.containsKey(cell.party())) {
				kept.put(cell, raci);
			}
		});
		this.cells = Map.copyOf(kept);
	}

	public List<Activity> activities() {
		return this.activities;
	}

	public List<Party> parties() {
		return this.parties;
	}

	/**
	 * The letters, by cell; empty cells are absent.
	 */
	public Map<Cell, Raci> cells() {
		return this.cells;
	}

	public Raci letter(ActivityId activity, PartyId party) {
		return this.cells.get(new Cell(activity, party));
	}

	public Optional<Activity> activity(ActivityId id) {
		return Optional.ofNullable(this.activitiesById.get(id));
	}

	public Optional<Party> party(PartyId id) {
		return Optional.ofNullable(this.partiesById.get(id));
	}

	/**
	 * The parties holding a letter in a row, in column order.
	 */
	public List<Party> partiesWith(ActivityId activity, Raci raci) {
		return this.parties.stream().filter((party) -> letter(activity, party.id()) == raci).toList();
	}

	/**
	 * Whether a party holds a letter anywhere in the matrix.
	 */
	public boolean isUsed(PartyId party) {
		return this.cells.keySet().stream().anyMatch((cell) -> cell.party().equals(party));
	}

	/**
	 * Every place where the matrix breaks a rule: each activity has exactly one
	 * accountable party and at least one responsible party, and there is at least one
	 * activity.
	 */
	public List<Violation> violations() {
		List<Violation> violations = new ArrayList<>();
		if (this.activities.isEmpty()) {
			violations.add(new Violation(null, 0, Violation.Rule.NO_ACTIVITY, 0));
		}
		for (int i = 0; i < this.activities.size(); i++) {
			violations.addAll(violations(this.activities.get(i).id(), i + 1));
		}
		return violations;
	}

	/**
	 * The rules one row breaks.
	 */
	public List<Violation> violationsOf(ActivityId activity) {
		for (int i = 0; i < this.activities.size(); i++) {
			if (this.activities.get(i).id().equals(activity)) {
				return violations(activity, i + 1);
			}
		}
		return List.of();
	}

	private List<Violation> violations(ActivityId activity, int row) {
		List<Violation> violations = new ArrayList<>();
		int accountable = partiesWith(activity, Raci.ACCOUNTABLE).size();
		if (accountable == 0) {
			violations.add(new Violation(activity, row, Violation.Rule.NO_ACCOUNTABLE, 0));
		}
		else if (accountable > 1) {
			violations.add(new Violation(activity, row, Violation.Rule.SEVERAL_ACCOUNTABLE, accountable));
		}
		if (partiesWith(activity, Raci.RESPONSIBLE).isEmpty()) {
			violations.add(new Violation(activity, row, Violation.Rule.NO_RESPONSIBLE, 0));
		}
		return violations;
	}

	public boolean isPublishable() {
		return violations().isEmpty();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MatrixContent that && this.activities.equals(that.activities)
				&& this.parties.equals(that.parties) && this.cells.equals(that.cells);
	}

	@Override
	public int hashCode() {
		return this.activities.hashCode() * 31 + this.cells.hashCode();
	}

}
