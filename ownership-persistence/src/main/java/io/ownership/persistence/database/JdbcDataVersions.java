package io.ownership.persistence.database;

import java.sql.Array;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.ownership.core.shared.DataVersions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Follows {@code data_change} (written by triggers, see docs/decisions/0006) for the
 * whole instance in one small statement: which areas had a transaction that the snapshot
 * seen at the previous check did not see. Each such area's counter moves on and the
 * current snapshot becomes the one seen. A change is reported by the first check whose
 * statement runs after it committed (a change still in progress is not seen by other
 * sessions), so anything computed after a check and kept with its versions is found out
 * of date by the first check after a change commits. After an hour without a check (the
 * rows of {@code data_change} last a day) every version moves on.
 */
@Repository
class JdbcDataVersions implements DataVersions.Check {

	private final JdbcClient jdbc;

	private final Object lock = new Object();

	private volatile Seen seen;

	/** Guards {@link #checking} and {@link #lastShared}; waited on while a check runs. */
	private final Object sharing = new Object();

	private boolean checking;

	private Shared lastShared;

	JdbcDataVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The versions as a check that began after this call finds them. Calls that hold no
	 * connection or transaction share checks: while one runs, the calls that come wait
	 * for it to end and then take the next one, which one of them runs for all (each
	 * check's statement begins after every call it answers began, so each sees every
	 * change committed before it was called, as a check of its own would). A call inside
	 * a transaction, or holding a connection, checks on its own: on its connection, and
	 * without making others wait for what it holds.
	 */
	@Override
	public DataVersions now() {
		if (!TransactionSynchronizationManager.getResourceMap().isEmpty()) {
			return check();
		}
		long called = System.nanoTime();
		synchronized (this.sharing) {
			while (true) {
				if (this.lastShared != null && this.lastShared.began() - called > 0) {
					return this.lastShared.versionsOrFailure();
				}
				if (!this.checking) {
					this.checking = true;
					break;
				}
				try {
					this.sharing.wait();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while waiting for the data versions' check", ex);
				}
			}
		}
		long began = System.nanoTime();
		DataVersions versions = null;
		RuntimeException failure = null;
		try {
			versions = check();
			return versions;
		}
		catch (RuntimeException ex) {
			failure = ex;
			throw ex;
		}
		finally {
			synchronized (this.sharing) {
				this.checking = false;
				if (versions != null || failure != null) {
					this.lastShared = new Shared(began, versions, failure);
				}
				this.sharing.notifyAll();
			}
		}
	}

	/**
	 * One check: one statement (two at the start of an epoch).
	 */
	DataVersions check() {
		Seen before = this.seen;
		if (before == null || System.nanoTime() - before.at() > VersionedFigure.MAX_AGE.toNanos()) {
			String snapshot = this.jdbc.sql("select cast(pg_current_snapshot() as text)").query(String.class).single();
			synchronized (this.lock) {
				if (this.seen == before) {
					long epoch = (this.seen == null) ? 0 : this.seen.versions().epoch() + 1;
					this.seen = new Seen(snapshot, System.nanoTime(), new DataVersions(epoch, Map.of()));
					return this.seen.versions();
				}
			}
			// another check began a new epoch meanwhile (at the start, many at once): its
			// snapshot is followed from here, as any seen one
			before = this.seen;
		}
		Changes changes = changesSince(before);
		synchronized (this.lock) {
			return moveOn(before, changes);
		}
	}

	/**
	 * The check's statement. The seen snapshot is a materialized row rather than a value
	 * the planner folds into the plan: PostgreSQL then reuses one plan for the prepared
	 * statement (the same index scan) instead of planning it again on every request
	 * (issue 19, seventh session: the planning was most of its cost).
	 */
	static final String CHANGES_SINCE = """
			with seen as materialized (select cast(:seen as pg_snapshot) as snapshot)
			select cast(pg_current_snapshot() as text),
			       array(select distinct area || ' ' || cast(xid as text) from data_change, seen
			             where xid >= pg_snapshot_xmin(seen.snapshot)
			               and not pg_visible_in_snapshot(xid, seen.snapshot))
			""";

	/**
	 * The transactions that changed an area and that the seen snapshot did not see, each
	 * as its area and its id, with the current snapshot.
	 */
	Changes changesSince(Seen before) {
		return this.jdbc.sql(CHANGES_SINCE).param("seen", before.snapshot()).query((rs, n) -> {
			Array changed = rs.getArray(2);
			return new Changes(rs.getString(1), (String[]) changed.getArray());
		}).single();
	}

	/**
	 * Moves on each area with a transaction that the snapshot seen now has not seen.
	 * Checks run at once from the same seen snapshot find the same transactions: the
	 * first moves their areas on, the others find them seen (issue 19, 2026-12-06: four
	 * requests right after one change each moved the version on, so that none could use
	 * another's rendering). Moving on once too often only renders again; never moving on
	 * a change would show a kept page without it. Called holding the lock.
	 */
	DataVersions moveOn(Seen before, Changes changes) {
		Seen current = this.seen;
		Set<String> moved = new TreeSet<>();
		for (String change : changes.changed()) {
			int space = change.lastIndexOf(' ');
			if (!visible(Long.parseLong(change.substring(space + 1)), current.snapshot())) {
				moved.add(change.substring(0, space));
			}
		}
		if (current != before && moved.isEmpty()) {
			return current.versions();
		}
		Map<String, Long> counters = new HashMap<>(current.versions().counters());
		for (String area : moved) {
			counters.merge(area, 1L, Long::sum);
		}
		this.seen = new Seen(changes.snapshot(), System.nanoTime(),
				new DataVersions(current.versions().epoch(), counters));
		return this.seen.versions();
	}

	/**
	 * Whether a committed transaction is visible in a snapshot
	 * ({@code xmin:xmax:in-progress ids}), as {@code pg_visible_in_snapshot} says.
	 */
	static boolean visible(long xid, String snapshot) {
		String[] parts = snapshot.split(":", -1);
		if (xid < Long.parseLong(parts[0])) {
			return true;
		}
		if (xid >= Long.parseLong(parts[1])) {
			return false;
		}
		for (String inProgress : parts[2].split(",")) {
			if (!inProgress.isEmpty() && Long.parseLong(inProgress) == xid) {
				return false;
			}
		}
		return true;
	}

	Seen seen() {
		return this.seen;
	}

	record Seen(String snapshot, long at, DataVersions versions) {
	}

	record Changes(String snapshot, String[] changed) {
	}

	/**
	 * A check shared with the calls that began before it. A check that failed (the
	 * database unavailable) fails them all, as their own checks would have, instead of
	 * each waiting for the next to fail in turn.
	 */
	private record Shared(long began, DataVersions versions, RuntimeException failure) {

		DataVersions versionsOrFailure() {
			if (this.failure != null) {
				throw this.failure;
			}
			return this.versions;
		}

	}

}
