package io.ownership.persistence.dataset;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Streams rows into one table with PostgreSQL's {@code COPY ... FROM STDIN (FORMAT csv)},
 * in chunks so that memory stays small. Null is written as an empty unquoted field.
 */
final class CopyTable implements AutoCloseable {

	private static final int CHUNK = 20_000;

	private final CopyManager copy;

	private final String statement;

	private final StringBuilder buffer = new StringBuilder(1 << 20);

	private int pending;

	private long rows;

	CopyTable(Connection connection, String table, String columns) throws SQLException {
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
		this.statement = "COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)";
	}

	void row(Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.buffer.append(',');
			}
			Object value = values[i];
			if (value != null) {
				String text = String.valueOf(value);
				this.buffer.append('"').append(text.replace("\"", "\"\"")).append('"');
			}
		}
		this.buffer.append('\n');
		this.rows++;
		if (++this.pending >= CHUNK) {
			flush();
		}
	}

	long rows() {
		return this.rows;
	}

	private void flush() {
		if (this.pending == 0) {
			return;
		}
		try {
			this.copy.copyIn(this.statement, new StringReader(this.buffer.toString()));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(this.statement + ": " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.buffer.setLength(0);
		this.pending = 0;
	}

	@Override
	public void close() {
		flush();
	}

}
