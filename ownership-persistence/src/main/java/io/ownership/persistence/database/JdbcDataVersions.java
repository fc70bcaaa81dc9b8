package io.ownership.persistence.database;

import java.sql.Array;
import java.util.HashMap;
import java.util.Map;

import io.ownership.core.shared.DataVersions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

	JdbcDataVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public DataVersions now() {
		Seen before = this.seen;
		if (before == null || System.nanoTime() - before.at() > VersionedFigure.MAX_AGE.toNanos()) {
			String snapshot = this.jdbc.sql("select cast(pg_current_snapshot() as text)").query(String.class).single();
			synchronized (this.lock) {
				long epoch = (this.seen == null) ? 0 : this.seen.versions().epoch() + 1;
				this.seen = new Seen(snapshot, System.nanoTime(), new DataVersions(epoch, Map.of()));
				return this.seen.versions();
			}
		}
		Changes changes = this.jdbc.sql("""
				select cast(pg_current_snapshot() as text),
				       array(select distinct area from data_change
				             where xid >= pg_snapshot_xmin(cast(:seen as pg_snapshot))
				               and not pg_visible_in_snapshot(xid, cast(:seen as pg_snapshot)))
				""").param("seen", before.snapshot()).query((rs, n) -> {
			Array areas = rs.getArray(2);
			return new Changes(rs.getString(1), (String[]) areas.getArray());
		}).single();
		synchronized (this.lock) {
			DataVersions current = this.seen.versions();
			Map<String, Long> counters = new HashMap<>(current.counters());
			for (String area : changes.areas()) {
				counters.merge(area, 1L, Long::sum);
			}
			this.seen = new Seen(changes.snapshot(), System.nanoTime(), new DataVersions(current.epoch(), counters));
			return this.seen.versions();
		}
	}

	private record Seen(String snapshot, long at, DataVersions versions) {
	}

	private record Changes(String snapshot, String[] areas) {
	}

}
