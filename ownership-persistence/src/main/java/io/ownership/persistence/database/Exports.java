package io.ownership.persistence.database;

/**
 * How exports read their rows: as they come, from a cursor. PostgreSQL's driver reads a
 * query's rows {@link #FETCH_SIZE} at a time only with a fetch size and autocommit off
 * (inside a transaction, e.g. {@code @Transactional(readOnly = true)}); without both it
 * reads every row into memory before the first is handed on (issue 19: sixteen exports of
 * 10,000 rows at once filled a 512 MiB heap).
 */
public final class Exports {

	/** The rows an export reads from its cursor at a time. */
	public static final int FETCH_SIZE = 500;

	private Exports() {
	}

}
