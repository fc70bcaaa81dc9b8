package io.ownership.persistence;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plan PostgreSQL chooses for a statement, as {@code explain} prints it: what the
 * index guards check.
 */
public final class Plans {

	private Plans() {
	}

	public static String of(JdbcClient jdbc, String sql, Map<String, ?> params) {
		return String.join("\n", jdbc.sql("explain " + sql).params(params).query(String.class).list());
	}

}
