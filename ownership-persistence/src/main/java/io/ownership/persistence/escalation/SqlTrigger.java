package io.ownership.persistence.escalation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.escalation.EscalationTrigger;
import io.ownership.core.escalation.WaitingItem;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A trigger answered by one statement. The statement may use {@code :now} (an instant),
 * {@code :today} (a date) and {@code :zone} (a time zone id), and returns the columns
 * {@code item}, {@code product_id}, {@code team_id}, {@code title}, {@code link} and
 * {@code since} (a timestamp, or null when the data does not say).
 */
final class SqlTrigger implements EscalationTrigger {

	private final String key;

	private final String label;

	private final String sql;

	private final JdbcClient jdbc;

	SqlTrigger(String key, String label, String sql, JdbcClient jdbc) {
		this.key = key;
		this.label = label;
		this.sql = sql;
		this.jdbc = jdbc;
	}

	@Override
	public String key() {
		return this.key;
	}

	@Override
	public String label() {
		return this.label;
	}

	@Override
	public List<WaitingItem> waiting(Instant now, ZoneId zone) {
		return this.jdbc.sql(this.sql)
			.param("now", OffsetDateTime.ofInstant(now, zone))
			.param("today", LocalDate.ofInstant(now, zone))
			.param("zone", zone.getId())
			.query(SqlTrigger::item)
			.list();
	}

	private static WaitingItem item(ResultSet rs, int row) throws SQLException {
		UUID product = rs.getObject("product_id", UUID.class);
		UUID team = rs.getObject("team_id", UUID.class);
		OffsetDateTime since = rs.getObject("since", OffsetDateTime.class);
		return new WaitingItem(rs.getString("item"), (product != null) ? new ProductId(product) : null,
				(team != null) ? new TeamId(team) : null, rs.getString("title"), rs.getString("link"),
				(since != null) ? since.toInstant() : null);
	}

}
