package io.ownership.persistence.risk;

import io.ownership.core.risk.JobLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A PostgreSQL advisory lock held until the caller's transaction ends
 * ({@code pg_try_advisory_xact_lock}): a second instance running the same job at the same
 * time gets false and does nothing.
 */
@Repository
class PostgresJobLock implements JobLock {

	private final JdbcClient jdbc;

	PostgresJobLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean tryLock(String name) {
		return this.jdbc.sql("select pg_try_advisory_xact_lock(hashtext(:name))")
			.param("name", name)
			.query(Boolean.class)
			.single();
	}

}
