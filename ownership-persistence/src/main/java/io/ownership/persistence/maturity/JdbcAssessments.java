package io.ownership.persistence.maturity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ownership.core.catalog.TeamId;
import io.ownership.core.maturity.Answer;
import io.ownership.core.maturity.AnswerLevel;
import io.ownership.core.maturity.Assessment;
import io.ownership.core.maturity.AssessmentId;
import io.ownership.core.maturity.AssessmentRepository;
import io.ownership.core.maturity.AssessmentStatus;
import io.ownership.core.maturity.MaturityDirectory;
import io.ownership.core.maturity.MaturityQuery;
import io.ownership.core.maturity.Period;
import io.ownership.core.maturity.StaleAnswersException;
import io.ownership.core.maturity.TargetRepository;
import io.ownership.core.maturity.Targets;
import io.ownership.core.shared.StaleVersionException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments with their answers (two statements to load one, two for a team's whole
 * history, two for the organization's matrix), targets, and where a user stands towards a
 * team. A save checks the assessment's version and each changed answer's.
 */
@Repository
@Transactional(readOnly = true)
class JdbcAssessments implements AssessmentRepository, MaturityQuery, TargetRepository, MaturityDirectory {

	private static final String COLUMNS = """
			a.id, a.team_id, a.period_year, a.period_quarter, a.model_version, a.status, a.review_comment,
			a.submitted_by, a.submitted_at, a.reviewed_by, a.reviewed_at, a.version
			""";

	private final JdbcClient jdbc;

	JdbcAssessments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Assessment> findById(AssessmentId id) {
		return one("a.id = :id", Map.of("id", id.value()));
	}

	@Override
	public Optional<Assessment> find(TeamId team, Period period) {
		return one("a.team_id = :team and a.period_year = :year and a.period_quarter = :quarter",
				Map.of("team", team.value(), "year", period.year(), "quarter", period.quarter()));
	}

	@Override
	public Optional<Assessment> latestBefore(TeamId team, Period period) {
		return one("""
				a.id = (select b.id from maturity_assessment b
				        where b.team_id = :team and b.period_year * 4 + b.period_quarter < :key
				        order by b.period_year desc, b.period_quarter desc limit 1)
				""", Map.of("team", team.value(), "key", period.year() * 4 + period.quarter()));
	}

	private Optional<Assessment> one(String where, Map<String, Object> params) {
		List<Assessment> found = load(where, params);
		return found.stream().findFirst();
	}

	/**
	 * Loads the assessments matching the condition on {@code a} with their answers, in
	 * two statements, ordered by period.
	 */
	private List<Assessment> load(String where, Map<String, Object> params) {
		Map<UUID, List<Answer>> answers = new HashMap<>();
		this.jdbc
			.sql("select w.assessment_id, w.activity_key, w.answer, w.note, w.evidence, w.version"
					+ " from maturity_answer w join maturity_assessment a on a.id = w.assessment_id where " + where)
			.params(params)
			.query((ResultSet rs) -> {
				String level = rs.getString(3);
				answers.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new ArrayList<>())
					.add(new Answer(rs.getString(2), (level == null) ? null : AnswerLevel.valueOf(level),
							rs.getString(4), rs.getString(5), rs.getLong(6)));
			});
		return this.jdbc
			.sql("select " + COLUMNS + " from maturity_assessment a where " + where
					+ " order by a.period_year, a.period_quarter")
			.params(params)
			.query((rs, n) -> assessment(rs, answers.getOrDefault(rs.getObject(1, UUID.class), List.of())))
			.list();
	}

	private static Assessment assessment(ResultSet rs, List<Answer> answers) throws SQLException {
		return new Assessment(new AssessmentId(rs.getObject(1, UUID.class)), new TeamId(rs.getObject(2, UUID.class)),
				new Period(rs.getInt(3), rs.getInt(4)), rs.getInt(5), AssessmentStatus.valueOf(rs.getString(6)),
				answers, rs.getString(7), rs.getString(8), instant(rs.getTimestamp(9)), rs.getString(10),
				instant(rs.getTimestamp(11)), rs.getLong(12));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant == null) ? null : Timestamp.from(instant);
	}

	@Override
	@Transactional
	public void save(Assessment assessment) {
		UUID id = assessment.id().value();
		int updated = this.jdbc.sql("""
				update maturity_assessment set status = :status, review_comment = :comment, submitted_by = :submittedBy,
				       submitted_at = :submittedAt, reviewed_by = :reviewedBy, reviewed_at = :reviewedAt,
				       version = version + 1
				where id = :id and version = :version
				""")
			.param("id", id)
			.param("status", assessment.status().name())
			.param("comment", assessment.reviewComment())
			.param("submittedBy", assessment.submittedBy())
			.param("submittedAt", timestamp(assessment.submittedAt()))
			.param("reviewedBy", assessment.reviewedBy())
			.param("reviewedAt", timestamp(assessment.reviewedAt()))
			.param("version", assessment.version())
			.update();
		if (updated == 0) {
			boolean exists = this.jdbc.sql("select exists (select 1 from maturity_assessment where id = :id)")
				.param("id", id)
				.query(Boolean.class)
				.single();
			if (exists) {
				throw new StaleVersionException("Assessment", assessment.id());
			}
			this.jdbc.sql("""
					insert into maturity_assessment (id, team_id, period_year, period_quarter, model_version, status)
					values (:id, :team, :year, :quarter, :model, :status)
					""")
				.param("id", id)
				.param("team", assessment.team().value())
				.param("year", assessment.period().year())
				.param("quarter", assessment.period().quarter())
				.param("model", assessment.modelVersion())
				.param("status", assessment.status().name())
				.update();
		}
		for (String key : assessment.changedAnswers()) {
			Answer answer = assessment.answerTo(key);
			int written = this.jdbc.sql("""
					insert into maturity_answer (assessment_id, activity_key, answer, note, evidence, version)
					values (:id, :key, :answer, :note, :evidence, :version)
					on conflict (assessment_id, activity_key) do update
					set answer = excluded.answer, note = excluded.note, evidence = excluded.evidence,
					    version = excluded.version
					where maturity_answer.version = excluded.version - 1
					""")
				.param("id", id)
				.param("key", key)
				.param("answer", (answer.level() == null) ? null : answer.level().name())
				.param("note", answer.note())
				.param("evidence", answer.evidence())
				.param("version", answer.version())
				.update();
			if (written == 0) {
				throw new StaleAnswersException(assessment.id(), List.of(answer));
			}
		}
	}

	@Override
	public List<Assessment> history(TeamId team) {
		return load("a.team_id = :team", Map.of("team", team.value()));
	}

	@Override
	public Optional<Latest> latestOf(TeamId team) {
		return this.jdbc.sql("""
				select period_year, period_quarter, status from maturity_assessment where team_id = :team
				order by period_year desc, period_quarter desc limit 1
				""")
			.param("team", team.value())
			.query((rs, n) -> new Latest(new Period(rs.getInt(1), rs.getInt(2)),
					AssessmentStatus.valueOf(rs.getString(3))))
			.optional();
	}

	@Override
	public List<TeamAssessment> latestAccepted(String nameFilter) {
		String filter = (nameFilter == null || nameFilter.isBlank()) ? "" : nameFilter.trim();
		Map<String, Object> params = Map.of("filter",
				"%" + filter.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		String where = """
				a.id in (select distinct on (b.team_id) b.id from maturity_assessment b join team t on t.id = b.team_id
				         where b.status = 'ACCEPTED' and lower(t.name) like :filter
				         order by b.team_id, b.period_year desc, b.period_quarter desc)
				""";
		List<Assessment> assessments = load(where, params);
		Map<UUID, String> names = new LinkedHashMap<>();
		this.jdbc
			.sql("select t.id, t.name from team t join maturity_assessment a on a.team_id = t.id where " + where
					+ " order by lower(t.name)")
			.params(params)
			.query((ResultSet rs) -> {
				names.put(rs.getObject(1, UUID.class), rs.getString(2));
			});
		Map<UUID, Assessment> byTeam = new HashMap<>();
		assessments.forEach((assessment) -> byTeam.put(assessment.team().value(), assessment));
		return names.entrySet()
			.stream()
			.map((entry) -> new TeamAssessment(new TeamId(entry.getKey()), entry.getValue(),
					byTeam.get(entry.getKey())))
			.toList();
	}

	@Override
	public Targets targets(TeamId team) {
		Map<String, Double> organization = new HashMap<>();
		Map<String, Double> own = new HashMap<>();
		this.jdbc.sql("""
				select team_id, practice_code, target from maturity_target where team_id is null or team_id = :team
				""").param("team", team.value()).query((ResultSet rs) -> {
			(rs.getObject(1) == null ? organization : own).put(rs.getString(2), rs.getDouble(3));
		});
		return new Targets(organization, own);
	}

	@Override
	public Map<String, Double> organization() {
		Map<String, Double> organization = new HashMap<>();
		this.jdbc.sql("select practice_code, target from maturity_target where team_id is null")
			.query((ResultSet rs) -> {
				organization.put(rs.getString(1), rs.getDouble(2));
			});
		return organization;
	}

	@Override
	@Transactional
	public void replaceOrganization(Map<String, Double> targets) {
		this.jdbc.sql("delete from maturity_target where team_id is null").update();
		insertTargets(null, targets);
	}

	@Override
	@Transactional
	public void replaceTeam(TeamId team, Map<String, Double> targets) {
		this.jdbc.sql("delete from maturity_target where team_id = :team").param("team", team.value()).update();
		insertTargets(team.value(), targets);
	}

	private void insertTargets(UUID team, Map<String, Double> targets) {
		targets.forEach((practice, target) -> this.jdbc
			.sql("insert into maturity_target (team_id, practice_code, target) values (:team, :practice, :target)")
			.param("team", team, java.sql.Types.OTHER)
			.param("practice", practice)
			.param("target", target)
			.update());
	}

	@Override
	public Standing standing(String username, TeamId team) {
		return this.jdbc.sql("""
				select exists (select 1 from team_member m where m.team_id = :team and m.person_id = p.id),
				       exists (select 1 from champion c where c.team_id = :team and c.person_id = p.id
				               and c.status = 'ACTIVE'),
				       exists (select 1 from product d where d.owning_team_id = :team and d.product_owner_id = p.id
				               and not d.archived)
				from person p join user_account u on u.id = p.account_id
				where u.username = :username and p.active
				""")
			.param("team", team.value())
			.param("username", username)
			.query((rs, n) -> new Standing(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3)))
			.optional()
			.orElse(Standing.NONE);
	}

}
