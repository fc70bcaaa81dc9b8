package io.ownership.persistence.program;

import java.time.LocalDate;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.risk.RiskOwnerTraining;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A risk owner's training is current on a day when every course of the RISK_OWNER
 * learning path has a completion valid on that day. A path without courses (or no path)
 * requires nothing, so the training is current.
 */
@Repository
@Transactional(readOnly = true)
class JdbcRiskOwnerTraining implements RiskOwnerTraining {

	private final JdbcClient jdbc;

	JdbcRiskOwnerTraining(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean isCurrent(PersonId person, LocalDate on) {
		return this.jdbc.sql("""
				select not exists (
				    select 1 from (select :person as person_id, lpc.course_id
				                   from learning_path_course lpc where lpc.role = 'RISK_OWNER') r
				    where not %s)
				""".formatted(TrainingSql.validCompletion("r")))
			.param("person", person.value())
			.param("today", on)
			.query(Boolean.class)
			.single();
	}

}
