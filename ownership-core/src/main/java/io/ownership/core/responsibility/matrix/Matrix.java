package io.ownership.core.responsibility.matrix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;

/**
 * The draft shared-responsibility matrix of a use case: ordered activities (rows),
 * parties (columns) and one letter or none per cell. The draft may break the rules and
 * says where ({@link #violations()}); only a draft that satisfies them can be
 * {@link #publish published}. Every change counts up the revision; a change made on an
 * older revision than the current one is refused ({@link StaleDraftException}).
 */
public final class Matrix {

	/**
	 * Which way a row or a column moves.
	 */
	public enum Direction {

		UP, DOWN

	}

	private final UseCaseId useCase;

	private final long loadedRevision;

	private long revision;

	private final List<Activity> activities;

	private final List<Party> parties;

	private final Map<Cell, Raci> cells;

	private int latestVersion;

	private boolean changedSincePublished;

	public Matrix(UseCaseId useCase, long revision, MatrixContent content, int latestVersion,
			boolean changedSincePublished) {
		this.useCase = Objects.requireNonNull(useCase, "useCase");
		this.loadedRevision = revision;
		this.revision = revision;
		this.activities = new ArrayList<>(content.activities());
		this.parties = new ArrayList<>(content.parties());
		this.cells = new LinkedHashMap<>(content.cells());
		this.latestVersion = latestVersion;
		this.changedSincePublished = changedSincePublished;
	}

	/**
	 * The empty draft of a new use case.
	 */
	public static Matrix empty(UseCaseId useCase) {
		return new Matrix(useCase, 0, new MatrixContent(List.of(), List.of(), Map.of()), 0, true);
	}

	/**
	 * Refuses a change made on an older revision than the current one. For a change of a
	 * cell the exception carries what the cell holds now.
	 */
	public void requireRevision(long seen, Cell cell) {
		if (seen != this.revision) {
			throw new StaleDraftException(this.useCase, this.revision, cell,
					(cell != null) ? this.cells.get(cell) : null);
		}
	}

	public Activity addActivity(String name, String description) {
		Activity activity = new Activity(ActivityId.random(), name, description);
		this.activities.add(activity);
		changed();
		return activity;
	}

	public void renameActivity(ActivityId id, String name, String description) {
		int index = indexOf(id);
		this.activities.set(index, new Activity(id, name, description));
		changed();
	}

	public void moveActivity(ActivityId id, Direction direction) {
		move(this.activities, indexOf(id), direction);
		changed();
	}

	public void removeActivity(ActivityId id) {
		this.activities.remove(indexOf(id));
		this.cells.keySet().removeIf((cell) -> cell.activity().equals(id));
		changed();
	}

	/**
	 * Adds a column. A role or a team appears at most once: the same party twice would
	 * let it hold two letters for one activity.
	 */
	public Party addParty(Party party) {
		if (this.parties.stream().anyMatch((existing) -> existing.sameColumnAs(party))) {
			throw new InvalidInputException("party", "matrix.party.duplicate", "This party is already a column");
		}
		if (this.parties.stream().anyMatch((existing) -> existing.id().equals(party.id()))) {
			throw new IllegalArgumentException("Party " + party.id() + " is already a column");
		}
		this.parties.add(party);
		changed();
		return party;
	}

	public void relabelParty(PartyId id, String label) {
		int index = partyIndex(id);
		this.parties.set(index, this.parties.get(index).relabel(label));
		changed();
	}

	public void moveParty(PartyId id, Direction direction) {
		move(this.parties, partyIndex(id), direction);
		changed();
	}

	public void removeParty(PartyId id) {
		this.parties.remove(partyIndex(id));
		this.cells.keySet().removeIf((cell) -> cell.party().equals(id));
		changed();
	}

	/**
	 * Puts a letter in a cell, replacing the one it held; null empties the cell. A second
	 * accountable party in a row is allowed in the draft and reported as a violation.
	 */
	public void assign(ActivityId activity, PartyId party, Raci raci) {
		indexOf(activity);
		partyIndex(party);
		Cell cell = new Cell(activity, party);
		if (raci == null) {
			this.cells.remove(cell);
		}
		else {
			this.cells.put(cell, raci);
		}
		changed();
	}

	/**
	 * Makes the draft version N+1 if it satisfies every rule and changed since version N.
	 */
	public MatrixVersion publish(String publishedBy, Instant at) {
		MatrixContent content = content();
		List<Violation> violations = content.violations();
		if (!violations.isEmpty()) {
			throw new MatrixRuleException(violations);
		}
		if (!this.changedSincePublished) {
			throw new DomainException("matrix.publish.unchanged", "Nothing changed since version " + this.latestVersion,
					this.latestVersion);
		}
		this.latestVersion++;
		this.changedSincePublished = false;
		this.revision++;
		return new MatrixVersion(this.useCase, this.latestVersion, at, publishedBy, content);
	}

	public List<Violation> violations() {
		return content().violations();
	}

	public MatrixContent content() {
		return new MatrixContent(this.activities, this.parties, this.cells);
	}

	public Raci letter(ActivityId activity, PartyId party) {
		return this.cells.get(new Cell(activity, party));
	}

	public UseCaseId useCase() {
		return this.useCase;
	}

	/**
	 * The revision the draft was loaded at; the store refuses to save over a newer one.
	 */
	public long loadedRevision() {
		return this.loadedRevision;
	}

	public long revision() {
		return this.revision;
	}

	/**
	 * The number of the latest published version, 0 before the first.
	 */
	public int latestVersion() {
		return this.latestVersion;
	}

	public boolean changedSincePublished() {
		return this.changedSincePublished;
	}

	public List<Activity> activities() {
		return List.copyOf(this.activities);
	}

	public List<Party> parties() {
		return List.copyOf(this.parties);
	}

	private void changed() {
		this.revision++;
		this.changedSincePublished = true;
	}

	private int indexOf(ActivityId id) {
		for (int i = 0; i < this.activities.size(); i++) {
			if (this.activities.get(i).id().equals(id)) {
				return i;
			}
		}
		throw new NotFoundException("Activity", id);
	}

	private int partyIndex(PartyId id) {
		for (int i = 0; i < this.parties.size(); i++) {
			if (this.parties.get(i).id().equals(id)) {
				return i;
			}
		}
		throw new NotFoundException("Party", id);
	}

	private static <T> void move(List<T> list, int index, Direction direction) {
		int target = (direction == Direction.UP) ? index - 1 : index + 1;
		if (target < 0 || target >= list.size()) {
			throw new DomainException("matrix.move.edge", "It is already at the " + ((target < 0) ? "start" : "end"));
		}
		T item = list.remove(index);
		list.add(target, item);
	}

}
