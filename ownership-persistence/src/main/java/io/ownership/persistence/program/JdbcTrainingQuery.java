package io.ownership.persistence.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.program.training.Completion;
import io.ownership.core.program.training.Course;
import io.ownership.core.program.training.CourseId;
import io.ownership.core.program.EffectivenessQuery;
import io.ownership.core.program.training.LearningPath;
import io.ownership.core.program.training.Requirement;
import io.ownership.core.program.training.TeamCompletion;
import io.ownership.core.program.TeamEffectiveness;
import io.ownership.core.program.training.TrainingQuery;
import io.ownership.core.program.training.TrainingRole;
import io.ownership.persistence.database.VersionedFigure;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's requirements and completions, completion rates per team and the
 * effectiveness table; each a fixed number of statements.
 */
@Repository
@Transactional(readOnly = true)
class JdbcTrainingQuery implements TrainingQuery, EffectivenessQuery {

	private final JdbcClient jdbc;

	private final VersionedFigure<LocalDate, List<TeamCompletion>> byTeam;

	private final VersionedFigure<LocalDate, TeamCompletion> organization;

	JdbcTrainingQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.byTeam = new VersionedFigure<>(jdbc, "training");
		this.organization = new VersionedFigure<>(jdbc, "training");
	}

	/**
	 * Records the day a role of the person was first seen (its courses are due from then)
	 * only when one is missing: an insert that adds nothing still moves the data's
	 * version (docs/decisions/0006), which made every view of a team member's home page
	 * render again every kept page.
	 */
	@Override
	@Transactional
	public List<Requirement> requirementsOf(PersonId person, LocalDate today) {
		List<Requirement> requirements = new ArrayList<>();
		if (readRequirements(person, requirements)) {
			this.jdbc.sql("""
					insert into training_assignment (person_id, role, assigned_on)
					select r.person_id, r.role, coalesce(r.since, :today) from (%s) r where r.person_id = :person
					on conflict do nothing
					""".formatted(TrainingSql.PERSON_ROLE))
				.param("person", person.value())
				.param("today", today)
				.update();
			requirements.clear();
			readRequirements(person, requirements);
		}
		return requirements;
	}

	/**
	 * Adds the person's required courses in order; whether a role of the person has no
	 * assignment yet (such a role is read with or without a learning path).
	 */
	private boolean readRequirements(PersonId person, List<Requirement> requirements) {
		boolean[] unassigned = { false };
		this.jdbc.sql("""
				select r.role, ta.assigned_on, lp.due_days, c.*
				from (%s) r
				left join training_assignment ta on ta.person_id = r.person_id and ta.role = r.role
				left join learning_path lp on lp.role = r.role
				left join learning_path_course lpc on lpc.role = r.role and lp.role is not null
				left join course c on c.id = lpc.course_id
				where r.person_id = :person
				order by r.role, lpc.position
				""".formatted(TrainingSql.PERSON_ROLE))
			.param("person", person.value())
			.query((RowCallbackHandler) (rs) -> {
				LocalDate assignedOn = rs.getObject("assigned_on", LocalDate.class);
				if (assignedOn == null) {
					unassigned[0] = true;
				}
				else if (rs.getObject("id") != null) {
					requirements.add(new Requirement(TrainingRole.valueOf(rs.getString("role")),
							JdbcTrainingRepository.course(rs), assignedOn, rs.getInt("due_days")));
				}
			});
		return unassigned[0];
	}

	@Override
	public List<Completion> completionsOf(PersonId person) {
		return this.jdbc.sql("""
				select course_id, completed_on, score from course_completion
				where person_id = :person order by completed_on desc
				""")
			.param("person", person.value())
			.query((rs, n) -> new Completion(person, new CourseId(rs.getObject("course_id", UUID.class)),
					rs.getObject("completed_on", LocalDate.class), rs.getObject("score", Integer.class)))
			.list();
	}

	@Override
	public Set<TrainingRole> rolesOf(PersonId person) {
		Set<TrainingRole> roles = EnumSet.noneOf(TrainingRole.class);
		this.jdbc.sql("select r.role from (%s) r where r.person_id = :person".formatted(TrainingSql.PERSON_ROLE))
			.param("person", person.value())
			.query(String.class)
			.list()
			.forEach((role) -> roles.add(TrainingRole.valueOf(role)));
		return roles;
	}

	/**
	 * Completion per team, computed over every member and required course (tens of
	 * milliseconds on thousands of people) and kept until training data changes.
	 */
	@Override
	public List<TeamCompletion> byTeam(LocalDate today) {
		return this.byTeam.get(today,
				() -> this.jdbc.sql("""
						with %s
						select t.id, t.name, tt.required, tt.done from team t join team_training tt on tt.id = t.id
						order by lower(t.name)
						""".formatted(TrainingSql.TEAM_TRAINING))
					.param("today", today)
					.query((rs, n) -> new TeamCompletion(rs.getObject("id", UUID.class), rs.getString("name"),
							rs.getInt("required"), rs.getInt("done")))
					.list());
	}

	/**
	 * The organization's completion, kept until training data changes.
	 */
	@Override
	public TeamCompletion organization(LocalDate today) {
		return this.organization.get(today,
				() -> this.jdbc.sql("""
						with %s
						select count(*) as required, count(*) filter (where done) as done from required_status
						""".formatted(TrainingSql.TEAM_TRAINING))
					.param("today", today)
					.query((rs, n) -> new TeamCompletion(null, null, rs.getInt("required"), rs.getInt("done")))
					.single());
	}

	@Override
	public List<Course> courses() {
		return this.jdbc.sql("select * from course order by lower(title)")
			.query((rs, n) -> JdbcTrainingRepository.course(rs))
			.list();
	}

	@Override
	public List<LearningPath> paths() {
		Map<TrainingRole, Integer> dueDays = new LinkedHashMap<>();
		for (TrainingRole role : TrainingRole.values()) {
			dueDays.put(role, JdbcTrainingRepository.DEFAULT_DUE_DAYS);
		}
		Map<TrainingRole, List<CourseId>> courses = new LinkedHashMap<>();
		this.jdbc.sql("""
				select lp.role, lp.due_days, lpc.course_id from learning_path lp
				left join learning_path_course lpc on lpc.role = lp.role
				order by lp.role, lpc.position
				""").query((java.sql.ResultSet rs) -> {
			TrainingRole role = TrainingRole.valueOf(rs.getString("role"));
			dueDays.put(role, rs.getInt("due_days"));
			UUID course = rs.getObject("course_id", UUID.class);
			if (course != null) {
				courses.computeIfAbsent(role, (r) -> new ArrayList<>()).add(new CourseId(course));
			}
		});
		return dueDays.entrySet()
			.stream()
			.map((entry) -> new LearningPath(entry.getKey(), entry.getValue(),
					courses.getOrDefault(entry.getKey(), List.of())))
			.toList();
	}

	@Override
	public List<TeamEffectiveness> teams(LocalDate today) {
		return this.jdbc.sql("""
				with %s,
				team_risk as (
				    select p.owning_team_id as team_id,
				           count(*) filter (where r.level in ('HIGH', 'CRITICAL')
				                            and r.status in ('OPEN', 'IN_TREATMENT')) as open_high,
				           count(*) filter (where r.status = 'IN_TREATMENT' and r.treatment_due < :today) as overdue,
				           count(*) filter (where r.status = 'CLOSED' and r.closed_at is not null) as closed,
				           percentile_cont(0.5) within group (
				               order by extract(epoch from (r.closed_at - r.identified_at)) / 86400.0)
				               filter (where r.status = 'CLOSED' and r.closed_at is not null) as median_days
				    from risk r join product p on p.id = r.product_id
				    where p.owning_team_id is not null
				    group by p.owning_team_id
				)
				select t.id, t.name, tt.required, tt.done,
				       exists (select 1 from champion c where c.team_id = t.id and c.status = 'ACTIVE') as covered,
				       coalesce(tr.open_high, 0) as open_high, coalesce(tr.overdue, 0) as overdue,
				       coalesce(tr.closed, 0) as closed, tr.median_days
				from team t
				join team_training tt on tt.id = t.id
				left join team_risk tr on tr.team_id = t.id
				order by lower(t.name)
				""".formatted(TrainingSql.TEAM_TRAINING)).param("today", today).query((rs, n) -> {
			UUID id = rs.getObject("id", UUID.class);
			String name = rs.getString("name");
			return new TeamEffectiveness(id, name, rs.getBoolean("covered"),
					new TeamCompletion(id, name, rs.getInt("required"), rs.getInt("done")), rs.getInt("open_high"),
					rs.getInt("overdue"), rs.getInt("closed"), rs.getObject("median_days", Double.class));
		}).list();
	}

}
