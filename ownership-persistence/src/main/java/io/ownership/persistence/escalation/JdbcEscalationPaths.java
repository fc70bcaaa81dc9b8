package io.ownership.persistence.escalation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.escalation.DelayUnit;
import io.ownership.core.escalation.EscalationPath;
import io.ownership.core.escalation.EscalationPathRepository;
import io.ownership.core.escalation.EscalationStep;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.shared.StaleVersionException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalation paths: a version row per use case, its steps and the triggers that follow
 * it, replaced whole on save.
 */
@Repository
@Transactional(readOnly = true)
class JdbcEscalationPaths implements EscalationPathRepository {

	private final JdbcClient jdbc;

	JdbcEscalationPaths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<EscalationPath> findByUseCase(UseCaseId useCase) {
		Optional<Long> version = this.jdbc.sql("select version from escalation_path where use_case_id = :id")
			.param("id", useCase.value())
			.query(Long.class)
			.optional();
		if (version.isEmpty()) {
			return Optional.empty();
		}
		List<EscalationStep> steps = this.jdbc
			.sql("select * from escalation_path_step where use_case_id = :id order by position")
			.param("id", useCase.value())
			.query((rs, n) -> step(rs))
			.list();
		List<String> triggers = this.jdbc.sql("select trigger from escalation_path_trigger where use_case_id = :id")
			.param("id", useCase.value())
			.query(String.class)
			.list();
		return Optional.of(new EscalationPath(useCase, steps, new HashSet<>(triggers), version.get()));
	}

	private static EscalationStep step(ResultSet rs) throws SQLException {
		String role = rs.getString("party_role");
		UUID person = rs.getObject("person_id", UUID.class);
		return new EscalationStep((role != null) ? PartyRole.valueOf(role) : null,
				(person != null) ? new PersonId(person) : null, rs.getInt("amount"),
				DelayUnit.valueOf(rs.getString("unit")));
	}

	@Override
	@Transactional
	public void save(EscalationPath path) {
		UUID id = path.useCase().value();
		int changed = path.isNew() ? this.jdbc.sql("""
				insert into escalation_path (use_case_id, version) values (:id, 0) on conflict do nothing
				""").param("id", id).update() : this.jdbc.sql("""
				update escalation_path set version = version + 1 where use_case_id = :id and version = :version
				""").param("id", id).param("version", path.version()).update();
		if (changed == 0) {
			throw new StaleVersionException("EscalationPath", path.useCase());
		}
		this.jdbc.sql("delete from escalation_path_step where use_case_id = :id").param("id", id).update();
		List<EscalationStep> steps = path.steps();
		for (int i = 0; i < steps.size(); i++) {
			EscalationStep step = steps.get(i);
			this.jdbc.sql("""
					insert into escalation_path_step (use_case_id, position, party_role, person_id, amount, unit)
					values (:id, :position, :role, :person, :amount, :unit)
					""")
				.param("id", id)
				.param("position", i)
				.param("role", (step.role() != null) ? step.role().name() : null)
				.param("person", (step.person() != null) ? step.person().value() : null)
				.param("amount", step.amount())
				.param("unit", step.unit().name())
				.update();
		}
		this.jdbc.sql("delete from escalation_path_trigger where use_case_id = :id").param("id", id).update();
		for (String trigger : path.triggers()) {
			this.jdbc.sql("insert into escalation_path_trigger (trigger, use_case_id) values (:trigger, :id)")
				.param("trigger", trigger)
				.param("id", id)
				.update();
		}
	}

	@Override
	public Map<String, UseCaseName> triggerOwners() {
		Map<String, UseCaseName> owners = new LinkedHashMap<>();
		this.jdbc.sql("""
				select t.trigger, u.id, u.name from escalation_path_trigger t join use_case u on u.id = t.use_case_id
				""").query((rs) -> {
			owners.put(rs.getString("trigger"),
					new UseCaseName(new UseCaseId(rs.getObject("id", UUID.class)), rs.getString("name")));
		});
		return owners;
	}

	@Override
	public Map<String, EscalationPath> byTrigger() {
		Map<UUID, List<EscalationStep>> steps = new LinkedHashMap<>();
		this.jdbc.sql("""
				select s.* from escalation_path_step s
				where exists (select 1 from escalation_path_trigger t where t.use_case_id = s.use_case_id)
				order by s.use_case_id, s.position
				""").query((rs) -> {
			steps.computeIfAbsent(rs.getObject("use_case_id", UUID.class), (key) -> new ArrayList<>()).add(step(rs));
		});
		Map<UUID, Set<String>> triggers = new LinkedHashMap<>();
		this.jdbc.sql("select trigger, use_case_id from escalation_path_trigger").query((rs) -> {
			triggers.computeIfAbsent(rs.getObject("use_case_id", UUID.class), (key) -> new HashSet<>())
				.add(rs.getString("trigger"));
		});
		Map<String, EscalationPath> paths = new LinkedHashMap<>();
		steps.forEach((useCase, list) -> {
			EscalationPath path = new EscalationPath(new UseCaseId(useCase), list, triggers.get(useCase), 0);
			path.triggers().forEach((trigger) -> paths.put(trigger, path));
		});
		return paths;
	}

}
