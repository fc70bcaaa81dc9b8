package io.ownership.persistence.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.ownership.core.shared.DataVersions;
import io.ownership.persistence.PersistenceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The versions of the areas (what kept pages and the badge are kept with) move on once a
 * change commits, on every instance (each its own {@link JdbcDataVersions}), and only
 * then. Each statement here commits on its own, as the application's requests do.
 */
@PersistenceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DataVersionsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void anAreasVersionMovesOnOnEveryInstanceOnceAChangeCommitsAndOnlyThen() {
		JdbcDataVersions first = new JdbcDataVersions(this.jdbc);
		JdbcDataVersions second = new JdbcDataVersions(this.jdbc);
		first.now();
		second.now();
		DataVersions before = first.now();
		DataVersions onSecond = second.now();
		assertThat(first.now().of("content")).as("nothing changed").isEqualTo(before.of("content"));

		insertTeam();

		assertThat(first.now().of("content")).isNotEqualTo(before.of("content"));
		assertThat(second.now().of("content")).as("another instance").isNotEqualTo(onSecond.of("content"));
		assertThat(first.now().of("notification")).as("teams are not notifications")
			.isEqualTo(before.of("notification"));
	}

	@Test
	void aChangeCommittedAfterACheckIsSeenByTheNextCheck() throws Exception {
		JdbcDataVersions versions = new JdbcDataVersions(this.jdbc);
		versions.now();
		try (Connection writer = this.dataSource.getConnection(); Statement statement = writer.createStatement()) {
			writer.setAutoCommit(false);
			statement.executeUpdate("update team set name = name where false");
			DataVersions whileInProgress = versions.now();
			writer.commit();
			writer.setAutoCommit(true);

			DataVersions afterCommit = versions.now();
			assertThat(afterCommit.of("content")).isNotEqualTo(whileInProgress.of("content"));
			assertThat(versions.now().of("content")).isEqualTo(afterCommit.of("content"));
		}
	}

	/**
	 * Checks run at once after one change (each from the snapshot seen before it) move
	 * the version on once: every request right after the change gets the same version,
	 * and one may use what another rendered at it.
	 */
	@Test
	void checksRunAtOnceAfterOneChangeMoveTheVersionOnOnce() {
		JdbcDataVersions versions = new JdbcDataVersions(this.jdbc);
		versions.now();
		DataVersions before = versions.now();
		JdbcDataVersions.Seen seen = versions.seen();
		insertTeam();

		JdbcDataVersions.Changes first = versions.changesSince(seen);
		JdbcDataVersions.Changes second = versions.changesSince(seen);
		DataVersions afterFirst = versions.moveOn(seen, first);
		DataVersions afterSecond = versions.moveOn(seen, second);

		assertThat(afterFirst.of("content")).isNotEqualTo(before.of("content"));
		assertThat(afterSecond.of("content")).as("the same change, counted once").isEqualTo(afterFirst.of("content"));
		insertTeam();
		assertThat(versions.now().of("content")).as("the next change").isNotEqualTo(afterFirst.of("content"));
	}

	@Test
	void aTransactionIsVisibleInASnapshotAsPostgresqlSays() {
		for (String snapshot : List.of("100:100:", "100:110:103,105", "90:120:95")) {
			for (long xid = 85; xid < 125; xid++) {
				assertThat(JdbcDataVersions.visible(xid, snapshot)).as("%d in %s", xid, snapshot)
					.isEqualTo(this.jdbc.sql(
							"select pg_visible_in_snapshot(cast(cast(:xid as text) as xid8), cast(:snapshot as pg_snapshot))")
						.param("xid", Long.toString(xid))
						.param("snapshot", snapshot)
						.query(Boolean.class)
						.single());
			}
		}
	}

	/**
	 * The check runs on every request: PostgreSQL must reuse its plan rather than plan it
	 * for each seen snapshot, also with many changes before it (here two thousand, in a
	 * transaction that is rolled back).
	 */
	@Test
	void theChecksPlanIsReusedFromRequestToRequest() throws Exception {
		assertThat(genericPlansAfterTenChecks(JdbcDataVersions.CHANGES_SINCE)).isPositive();
	}

	private long genericPlansAfterTenChecks(String check) throws Exception {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			try {
				statement.executeUpdate("""
						insert into data_change (area, xid)
						select 'plan', cast(cast(greatest(1, cast(cast(pg_snapshot_xmin(pg_current_snapshot()) as text)
						                                          as bigint) - n) as text) as xid8)
						from generate_series(1, 2000) n
						""");
				statement.execute("analyze data_change");
				statement.execute("prepare check_versions(text) as " + check.replace(":seen", "$1"));
				String snapshot;
				try (ResultSet current = statement.executeQuery("select cast(pg_current_snapshot() as text)")) {
					current.next();
					snapshot = current.getString(1);
				}
				for (int i = 0; i < 10; i++) {
					statement.execute("execute check_versions('" + snapshot + "')");
				}
				try (ResultSet plans = statement
					.executeQuery("select generic_plans from pg_prepared_statements where name = 'check_versions'")) {
					plans.next();
					return plans.getLong(1);
				}
			}
			finally {
				connection.rollback();
				statement.execute("deallocate check_versions");
				connection.setAutoCommit(true);
			}
		}
	}

	@Test
	void everyTableAPageMayReadRecordsItsChanges() {
		List<String> without = this.jdbc.sql("""
				select t.table_name from information_schema.tables t
				where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				  and t.table_name not in ('data_change', 'notification', 'spring_session', 'spring_session_attributes',
				                           'flyway_schema_history')
				  and not exists (select 1 from pg_trigger g join pg_class c on c.oid = g.tgrelid
				                  where c.relname = t.table_name
				                    and g.tgname in (t.table_name || '_changes_content',
				                                     t.table_name || '_changes_gate_result',
				                                     t.table_name || '_changes_escalation',
				                                     t.table_name || '_changes_history'))
				order by 1
				""").query(String.class).list();

		assertThat(without)
			.as("tables without a trigger for the 'content' area (see V100), the 'gate-result' area (V102) or the"
					+ " 'escalation' or 'history' area (V110)")
			.isEmpty();
	}

	private void insertTeam() {
		this.jdbc.sql("insert into team (id, name, kind) values (:id, :name, 'DEVELOPMENT')")
			.param("id", UUID.randomUUID())
			.param("name", "Versions " + UUID.randomUUID())
			.update();
	}

}
