package io.ownership.persistence.maturity;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.ownership.core.catalog.TeamId;
import io.ownership.core.maturity.Answer;
import io.ownership.core.maturity.AnswerChange;
import io.ownership.core.maturity.AnswerLevel;
import io.ownership.core.maturity.Assessment;
import io.ownership.core.maturity.AssessmentId;
import io.ownership.core.maturity.AssessmentRepository;
import io.ownership.core.maturity.AssessmentStatus;
import io.ownership.core.maturity.MaturityDirectory;
import io.ownership.core.maturity.MaturityDirectory.Standing;
import io.ownership.core.maturity.MaturityModel;
import io.ownership.core.maturity.MaturityQuery;
import io.ownership.core.maturity.MaturityQuery.TeamAssessment;
import io.ownership.core.maturity.ModelActivity;
import io.ownership.core.maturity.Period;
import io.ownership.core.maturity.StaleAnswersException;
import io.ownership.core.maturity.TargetRepository;
import io.ownership.core.maturity.Targets;
import io.ownership.core.shared.StaleVersionException;
import io.ownership.persistence.CatalogRows;
import io.ownership.persistence.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Assessments, targets and a user's standing towards a team ({@link JdbcAssessments}) on
 * the real database: an assessment is found by id, by team and quarter and as the latest
 * before a quarter, with its answers; a team's history comes oldest first; the matrix
 * holds each team's latest accepted assessment, filtered by a literal part of the name; a
 * save inserts, then checks the assessment's and each answer's version.
 */
@PersistenceTest
class JdbcAssessmentsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AssessmentRepository assessments;

	@Autowired
	MaturityQuery query;

	@Autowired
	TargetRepository targets;

	@Autowired
	MaturityDirectory directory;

	private CatalogRows rows;

	private MaturityModel model;

	private UUID payments;

	private UUID platform;

	private UUID idle;

	private UUID paymentsQ1;

	private UUID paymentsQ2;

	private UUID paymentsQ3;

	private UUID platformQ1;

	@BeforeEach
	void assessments() {
		this.rows = new CatalogRows(this.jdbc);
		this.model = model();
		this.payments = this.rows.team("payments");
		this.platform = this.rows.team("Platform");
		this.idle = this.rows.team("Idle");
		this.paymentsQ1 = assessment(this.payments, 2026, 1, "ACCEPTED");
		this.paymentsQ2 = assessment(this.payments, 2026, 2, "ACCEPTED");
		this.paymentsQ3 = assessment(this.payments, 2026, 3, "DRAFT");
		this.platformQ1 = assessment(this.platform, 2026, 1, "ACCEPTED");
		assessment(this.idle, 2026, 2, "SUBMITTED");
		answer(this.paymentsQ2, "SM-1-A", "MOST", "threat models for every service", "https://wiki.example.org/tm", 3);
		answer(this.paymentsQ2, "SM-1-B", null, "not yet", null, 1);
		answer(this.paymentsQ3, "SM-1-A", "SOME", null, null, 1);
		answer(this.platformQ1, "SM-1-B", "NO", null, null, 1);
	}

	@Test
	void anAssessmentIsFoundByIdWithItsAnswersAndEveryColumn() {
		this.jdbc.sql("""
				update maturity_assessment set review_comment = 'Well done', submitted_by = 'dev-a',
				       submitted_at = :submitted, reviewed_by = 'manager', reviewed_at = :reviewed, version = 4
				where id = :id
				""")
			.param("submitted", Timestamp.from(Instant.parse("2026-06-20T10:00:00Z")))
			.param("reviewed", Timestamp.from(Instant.parse("2026-06-21T09:30:00Z")))
			.param("id", this.paymentsQ2)
			.update();

		Assessment found = this.assessments.findById(new AssessmentId(this.paymentsQ2)).orElseThrow();

		assertThat(found.team()).isEqualTo(new TeamId(this.payments));
		assertThat(found.period()).isEqualTo(new Period(2026, 2));
		assertThat(found.modelVersion()).isEqualTo(this.model.version());
		assertThat(found.status()).isEqualTo(AssessmentStatus.ACCEPTED);
		assertThat(found.reviewComment()).isEqualTo("Well done");
		assertThat(found.submittedBy()).isEqualTo("dev-a");
		assertThat(found.submittedAt()).isEqualTo(Instant.parse("2026-06-20T10:00:00Z"));
		assertThat(found.reviewedBy()).isEqualTo("manager");
		assertThat(found.reviewedAt()).isEqualTo(Instant.parse("2026-06-21T09:30:00Z"));
		assertThat(found.version()).isEqualTo(4);
		assertThat(found.answers())
			.extracting(Answer::activity, Answer::level, Answer::note, Answer::evidence, Answer::version)
			.containsExactlyInAnyOrder(tuple("SM-1-A", AnswerLevel.MOST, "threat models for every service",
					"https://wiki.example.org/tm", 3L), tuple("SM-1-B", null, "not yet", null, 1L));
		assertThat(this.assessments.findById(AssessmentId.random())).isEmpty();
	}

	@Test
	void anAssessmentIsFoundByTeamAndQuarter() {
		assertThat(this.assessments.find(new TeamId(this.payments), new Period(2026, 3))).map(Assessment::id)
			.contains(new AssessmentId(this.paymentsQ3));
		assertThat(this.assessments.find(new TeamId(this.payments), new Period(2026, 4))).isEmpty();
		assertThat(this.assessments.find(new TeamId(this.platform), new Period(2026, 2))).isEmpty();
	}

	@Test
	void theLatestBeforeAQuarterIsOfAnyStatusAndStrictlyBefore() {
		TeamId team = new TeamId(this.payments);

		assertThat(this.assessments.latestBefore(team, new Period(2027, 1))).map(Assessment::id)
			.contains(new AssessmentId(this.paymentsQ3));
		assertThat(this.assessments.latestBefore(team, new Period(2026, 3))).map(Assessment::id)
			.contains(new AssessmentId(this.paymentsQ2));
		assertThat(this.assessments.latestBefore(team, new Period(2026, 3)).orElseThrow().answers()).hasSize(2);
		assertThat(this.assessments.latestBefore(team, new Period(2026, 1))).isEmpty();
	}

	@Test
	void theLatestOfATeamIsItsLatestPeriodsStatusOfAnyStatus() {
		assertThat(this.query.latestOf(new TeamId(this.payments)))
			.contains(new MaturityQuery.Latest(new Period(2026, 3), AssessmentStatus.DRAFT));
		assertThat(this.query.latestOf(new TeamId(this.platform)))
			.contains(new MaturityQuery.Latest(new Period(2026, 1), AssessmentStatus.ACCEPTED));
		assertThat(this.query.latestOf(new TeamId(UUID.randomUUID()))).isEmpty();
	}

	@Test
	void aTeamsHistoryComesOldestFirstWithTheAnswersOfEach() {
		List<Assessment> history = this.query.history(new TeamId(this.payments));

		assertThat(history).extracting((assessment) -> assessment.id().value())
			.containsExactly(this.paymentsQ1, this.paymentsQ2, this.paymentsQ3);
		assertThat(history).extracting((assessment) -> assessment.answers().size()).containsExactly(0, 2, 1);
		assertThat(history.get(2).answerTo("SM-1-A").level()).isEqualTo(AnswerLevel.SOME);
		assertThat(this.query.history(new TeamId(this.rows.team("New")))).isEmpty();
	}

	@Test
	void theMatrixHoldsEachTeamsLatestAcceptedAssessmentByName() {
		List<TeamAssessment> matrix = this.query.latestAccepted(this.rows.suffix());

		// Idle has only a submitted one; payments' draft of Q3 is not accepted yet.
		assertThat(matrix).extracting(TeamAssessment::teamName, (entry) -> entry.assessment().id().value())
			.containsExactly(tuple(this.rows.name("payments"), this.paymentsQ2),
					tuple(this.rows.name("Platform"), this.platformQ1));
		assertThat(matrix.get(0).team()).isEqualTo(new TeamId(this.payments));
		assertThat(matrix.get(0).assessment().answers()).hasSize(2);
		assertThat(this.query.latestAccepted("PLATFORM " + this.rows.suffix())).extracting(TeamAssessment::teamName)
			.containsExactly(this.rows.name("Platform"));
	}

	@Test
	void theMatrixFilterIsLiteralText() {
		UUID percent = this.rows.team("Cover 50%");
		UUID percentQ1 = assessment(percent, 2026, 1, "ACCEPTED");

		assertThat(mine(this.query.latestAccepted("%"))).containsExactly(percentQ1);
		assertThat(mine(this.query.latestAccepted("_"))).isEmpty();
		assertThat(mine(this.query.latestAccepted(" "))).containsExactly(percentQ1, this.paymentsQ2, this.platformQ1);
		assertThat(mine(this.query.latestAccepted(null))).hasSize(3);
	}

	@Test
	void aNewAssessmentIsInsertedWithItsAnswersAndThenSavedOnItsVersion() {
		Assessment draft = Assessment.start(new TeamId(this.platform), new Period(2026, 2), this.model,
				this.assessments.findById(new AssessmentId(this.platformQ1)).orElseThrow());
		draft.answer(this.model, List.of(new AnswerChange("SM-1-A", AnswerLevel.HALF, "half the services", null, 0)));
		this.assessments.save(draft);

		Assessment saved = this.assessments.findById(draft.id()).orElseThrow();
		assertThat(saved.status()).isEqualTo(AssessmentStatus.DRAFT);
		assertThat(saved.version()).isZero();
		// SM-1-B taken from the previous assessment at version 0, SM-1-A answered once.
		assertThat(saved.answers()).extracting(Answer::activity, Answer::level, Answer::version)
			.containsExactlyInAnyOrder(tuple("SM-1-A", AnswerLevel.HALF, 1L), tuple("SM-1-B", AnswerLevel.NO, 0L));

		saved.submit("dev-a", Instant.parse("2026-06-01T08:00:00Z"));
		this.assessments.save(saved);
		Assessment submitted = this.assessments.findById(draft.id()).orElseThrow();
		assertThat(submitted.status()).isEqualTo(AssessmentStatus.SUBMITTED);
		assertThat(submitted.submittedBy()).isEqualTo("dev-a");
		assertThat(submitted.submittedAt()).isEqualTo(Instant.parse("2026-06-01T08:00:00Z"));
		assertThat(submitted.version()).isEqualTo(1);

		// The copy loaded before the submission is stale.
		assertThatThrownBy(() -> this.assessments.save(saved)).isInstanceOf(StaleVersionException.class);
	}

	@Test
	void anAnswerSomeoneElseSavedSinceIsRefused() {
		Assessment draft = this.assessments.findById(new AssessmentId(this.paymentsQ3)).orElseThrow();
		draft.answer(this.model, List.of(new AnswerChange("SM-1-B", AnswerLevel.MOST, null, null, 0)));
		answer(this.paymentsQ3, "SM-1-B", "NO", "theirs", null, 1);

		assertThatThrownBy(() -> this.assessments.save(draft)).isInstanceOf(StaleAnswersException.class);
	}

	@Test
	void anAnswerSavedOnTheVersionSeenReplacesTheOldOne() {
		Assessment draft = this.assessments.findById(new AssessmentId(this.paymentsQ3)).orElseThrow();
		draft.answer(this.model,
				List.of(new AnswerChange("SM-1-A", AnswerLevel.MOST, "all of them", "https://ci.example.org", 1)));
		this.assessments.save(draft);

		Answer saved = this.assessments.findById(draft.id()).orElseThrow().answerTo("SM-1-A");
		assertThat(saved).isEqualTo(new Answer("SM-1-A", AnswerLevel.MOST, "all of them", "https://ci.example.org", 2));
	}

	@Test
	void aTeamsTargetsOverrideTheOrganizationsPracticeByPractice() {
		this.targets.replaceOrganization(Map.of("SM", 2.0, "TA", 1.5));
		this.targets.replaceTeam(new TeamId(this.payments), Map.of("TA", 2.5));
		this.targets.replaceTeam(new TeamId(this.platform), Map.of("SM", 0.5));

		assertThat(this.targets.organization()).isEqualTo(Map.of("SM", 2.0, "TA", 1.5));
		Targets payments = this.targets.targets(new TeamId(this.payments));
		assertThat(payments.organization()).isEqualTo(Map.of("SM", 2.0, "TA", 1.5));
		assertThat(payments.team()).isEqualTo(Map.of("TA", 2.5));
		assertThat(this.targets.targets(new TeamId(this.idle)).team()).isEmpty();

		this.targets.replaceOrganization(Map.of("SM", 3.0));
		this.targets.replaceTeam(new TeamId(this.payments), Map.of());
		assertThat(this.targets.organization()).isEqualTo(Map.of("SM", 3.0));
		assertThat(this.targets.targets(new TeamId(this.payments)).team()).isEmpty();
		assertThat(this.targets.targets(new TeamId(this.platform)).team()).isEqualTo(Map.of("SM", 0.5));
	}

	@Test
	void aUsersStandingIsMemberChampionAndProductOwnerAsTheyAreNow() {
		UUID anna = person("anna", true);
		this.rows.member(this.payments, anna);
		champion(anna, this.platform, "ACTIVE");
		champion(anna, this.idle, "NOMINATED");
		UUID owned = this.rows.team("Owned");
		UUID archived = this.rows.team("Archived");
		product("Shop", owned, anna, false);
		product("Old shop", archived, anna, true);
		person("leaver", false);

		assertThat(this.directory.standing(username("anna"), new TeamId(this.payments)))
			.isEqualTo(new Standing(true, false, false));
		assertThat(this.directory.standing(username("anna"), new TeamId(this.platform)))
			.isEqualTo(new Standing(false, true, false));
		assertThat(this.directory.standing(username("anna"), new TeamId(this.idle))).isEqualTo(Standing.NONE);
		assertThat(this.directory.standing(username("anna"), new TeamId(owned)))
			.isEqualTo(new Standing(false, false, true));
		assertThat(this.directory.standing(username("anna"), new TeamId(archived))).isEqualTo(Standing.NONE);
		assertThat(this.directory.standing(username("leaver"), new TeamId(this.payments))).isEqualTo(Standing.NONE);
		assertThat(this.directory.standing("nobody-" + this.rows.suffix(), new TeamId(this.payments)))
			.isEqualTo(Standing.NONE);
	}

	/** The ids of the latest accepted assessments of this test's teams, in order. */
	private List<UUID> mine(List<TeamAssessment> matrix) {
		return matrix.stream()
			.filter((entry) -> entry.teamName().endsWith(this.rows.suffix()))
			.map((entry) -> entry.assessment().id().value())
			.toList();
	}

	/** A model version of its own with two activities of one practice. */
	private MaturityModel model() {
		int version = 1_000_000 + ThreadLocalRandom.current().nextInt(1_000_000);
		this.jdbc.sql("insert into maturity_model (version, name, loaded_by, loaded_at) values (:v, :n, 'test', now())")
			.param("v", version)
			.param("n", "Test model " + this.rows.suffix())
			.update();
		return new MaturityModel(version, "Test model " + this.rows.suffix(),
				List.of(activity("A", "Strategy"), activity("B", "Measure")));
	}

	private static ModelActivity activity(String stream, String streamName) {
		return new ModelActivity(1, "Governance", 1, "SM", "Strategy & Metrics", stream, streamName, 1,
				"Activity " + stream, "Question " + stream + "?");
	}

	private UUID assessment(UUID team, int year, int quarter, String status) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into maturity_assessment (id, team_id, period_year, period_quarter, model_version, status)
				values (:id, :team, :year, :quarter, :model, :status)
				""")
			.param("id", id)
			.param("team", team)
			.param("year", year)
			.param("quarter", quarter)
			.param("model", this.model.version())
			.param("status", status)
			.update();
		return id;
	}

	private void answer(UUID assessment, String key, String level, String note, String evidence, long version) {
		this.jdbc.sql("""
				insert into maturity_answer (assessment_id, activity_key, answer, note, evidence, version)
				values (:id, :key, :answer, :note, :evidence, :version)
				on conflict (assessment_id, activity_key) do update
				set answer = excluded.answer, note = excluded.note, evidence = excluded.evidence,
				    version = excluded.version
				""")
			.param("id", assessment)
			.param("key", key)
			.param("answer", level, Types.VARCHAR)
			.param("note", note, Types.VARCHAR)
			.param("evidence", evidence, Types.VARCHAR)
			.param("version", version)
			.update();
	}

	private String username(String name) {
		return name + "-" + this.rows.suffix();
	}

	/** A person with an account of the username {@code name-suffix}. */
	private UUID person(String name, boolean active) {
		UUID account = UUID.randomUUID();
		this.jdbc.sql("""
				insert into user_account (id, username, display_name, password_hash, active, created_at)
				values (:id, :username, :username, 'x', true, now())
				""").param("id", account).param("username", username(name)).update();
		UUID person = this.rows.person(name, active);
		this.jdbc.sql("update person set account_id = :account where id = :id")
			.param("account", account)
			.param("id", person)
			.update();
		return person;
	}

	private void champion(UUID person, UUID team, String status) {
		this.jdbc.sql("""
				insert into champion (id, person_id, team_id, status, nominated_on)
				values (:id, :person, :team, :status, :on)
				""")
			.param("id", UUID.randomUUID())
			.param("person", person)
			.param("team", team)
			.param("status", status)
			.param("on", LocalDate.of(2026, 1, 5))
			.update();
	}

	private void product(String name, UUID team, UUID owner, boolean archived) {
		this.jdbc.sql("""
				insert into product (id, name, kind, owning_team_id, product_owner_id, archived)
				values (:id, :name, 'BUSINESS_SERVICE', :team, :owner, :archived)
				""")
			.param("id", UUID.randomUUID())
			.param("name", this.rows.name(name))
			.param("team", team)
			.param("owner", owner)
			.param("archived", archived)
			.update();
	}

}
