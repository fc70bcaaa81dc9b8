package io.ownership.persistence.responsibility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ownership.core.catalog.TeamId;
import io.ownership.core.responsibility.matrix.Activity;
import io.ownership.core.responsibility.matrix.ActivityId;
import io.ownership.core.responsibility.matrix.Cell;
import io.ownership.core.responsibility.matrix.MatrixContent;
import io.ownership.core.responsibility.matrix.Party;
import io.ownership.core.responsibility.matrix.PartyId;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.responsibility.matrix.Raci;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads matrix contents (rows, columns, cells) with three statements for any number of
 * matrices: the caller gives the three queries, each returning a {@code key} column that
 * says which matrix a row belongs to.
 */
final class Contents<K> {

	private final Map<K, List<Activity>> activities = new LinkedHashMap<>();

	private final Map<K, List<Party>> parties = new HashMap<>();

	private final Map<K, Map<Cell, Raci>> cells = new HashMap<>();

	interface KeyReader<K> {

		K read(ResultSet rs) throws SQLException;

	}

	static <K> Contents<K> load(JdbcClient.StatementSpec activities, JdbcClient.StatementSpec parties,
			JdbcClient.StatementSpec cells, KeyReader<K> key) {
		Contents<K> contents = new Contents<>();
		activities.query((rs) -> {
			contents.activities.computeIfAbsent(key.read(rs), (k) -> new ArrayList<>())
				.add(new Activity(new ActivityId(rs.getObject("id", UUID.class)), rs.getString("name"),
						rs.getString("description")));
		});
		parties.query((rs) -> {
			String role = rs.getString("role");
			UUID team = rs.getObject("team_id", UUID.class);
			contents.parties.computeIfAbsent(key.read(rs), (k) -> new ArrayList<>())
				.add(new Party(new PartyId(rs.getObject("id", UUID.class)),
						(role != null) ? PartyRole.valueOf(role) : null, (team != null) ? new TeamId(team) : null,
						rs.getString("label")));
		});
		cells.query((rs) -> {
			contents.cells.computeIfAbsent(key.read(rs), (k) -> new HashMap<>())
				.put(new Cell(new ActivityId(rs.getObject("activity_id", UUID.class)),
						new PartyId(rs.getObject("party_id", UUID.class))), Raci.ofLetter(rs.getString("letter")));
		});
		return contents;
	}

	MatrixContent of(K key) {
		return new MatrixContent(this.activities.getOrDefault(key, List.of()),
				this.parties.getOrDefault(key, List.of()), this.cells.getOrDefault(key, Map.of()));
	}

}
