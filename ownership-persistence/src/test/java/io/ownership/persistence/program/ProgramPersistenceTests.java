package io.ownership.persistence.program;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.program.champion.Certification;
import io.ownership.core.program.champion.Champion;
import io.ownership.core.program.champion.ChampionCoverage;
import io.ownership.core.program.champion.ChampionQuery;
import io.ownership.core.program.champion.ChampionRepository;
import io.ownership.core.program.champion.ChampionStatus;
import io.ownership.core.program.meeting.CommunityMeeting;
import io.ownership.core.program.training.Completion;
import io.ownership.core.program.champion.Contribution;
import io.ownership.core.program.champion.ContributionKind;
import io.ownership.core.program.champion.ContributionPoints;
import io.ownership.core.program.champion.ContributionPointsRepository;
import io.ownership.core.program.training.Course;
import io.ownership.core.program.training.CourseFormat;
import io.ownership.core.program.training.CourseId;
import io.ownership.core.program.EffectivenessQuery;
import io.ownership.core.program.training.LearningPath;
import io.ownership.core.program.meeting.MeetingId;
import io.ownership.core.program.meeting.MeetingRepository;
import io.ownership.core.program.champion.RosterEntry;
import io.ownership.core.program.champion.RosterFilter;
import io.ownership.core.program.TeamEffectiveness;
import io.ownership.core.program.champion.TeamRoster;
import io.ownership.core.program.champion.TimeAllocation;
import io.ownership.core.program.champion.TimeUnit;
import io.ownership.core.program.training.TrainingQuery;
import io.ownership.core.program.training.TrainingRepository;
import io.ownership.core.program.training.TrainingRole;
import io.ownership.core.responsibility.ChampionDirectory;
import io.ownership.core.responsibility.PersonRef;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.risk.RiskOwnerTraining;
import io.ownership.core.shared.StaleVersionException;
import io.ownership.persistence.CatalogRows;
import io.ownership.persistence.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class ProgramPersistenceTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ChampionRepository champions;

	@Autowired
	ContributionPointsRepository points;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	ChampionQuery championQuery;

	@Autowired
	ChampionCoverage coverage;

	@Autowired
	TrainingRepository training;

	@Autowired
	TrainingQuery trainingQuery;

	@Autowired
	EffectivenessQuery effectiveness;

	@Autowired
	RiskOwnerTraining riskOwnerTraining;

	@Autowired
	ChampionDirectory championDirectory;

	private CatalogRows rows;

	private String suffix;

	private UUID devTeam;

	private UUID platformTeam;

	private UUID anna;

	private UUID daniel;

	private UUID product;

	private Course riskOwnership;

	private Course secureCoding;

	@BeforeEach
	void organization() {
		this.rows = new CatalogRows(this.jdbc);
		this.suffix = this.rows.suffix();
		this.devTeam = this.rows.team("Dev", "DEVELOPMENT");
		this.platformTeam = this.rows.team("Platform", "PLATFORM");
		this.anna = this.rows.person("Anna");
		this.daniel = this.rows.person("Daniel");
		this.rows.member(this.devTeam, this.anna);
		this.rows.member(this.devTeam, this.daniel);
		this.product = UUID.randomUUID();
		this.jdbc.sql("""
				insert into product (id, name, kind, owning_team_id, product_owner_id)
				values (:id, :name, 'BUSINESS_SERVICE', :team, :owner)
				""")
			.param("id", this.product)
			.param("name", "Product " + this.suffix)
			.param("team", this.devTeam)
			.param("owner", this.anna)
			.update();
		this.riskOwnership = new Course(CourseId.random(), "Risk ownership " + this.suffix, "Academy",
				CourseFormat.E_LEARNING, 2, 12);
		this.secureCoding = new Course(CourseId.random(), "Secure coding " + this.suffix, "Academy",
				CourseFormat.WORKSHOP, 8, null);
		this.training.saveCourse(this.riskOwnership);
		this.training.saveCourse(this.secureCoding);
		this.training.savePath(new LearningPath(TrainingRole.RISK_OWNER, 30, List.of(this.riskOwnership.id())));
		this.training.savePath(new LearningPath(TrainingRole.DEVELOPER, 14, List.of(this.secureCoding.id())));
		this.training.savePath(new LearningPath(TrainingRole.CHAMPION, 30, List.of()));
		this.training.savePath(new LearningPath(TrainingRole.PLATFORM_ENGINEER, 30, List.of()));
	}

	@Test
	void storesAChampionWithCertificationsContributionsAndVersion() {
		Champion champion = Champion.nominate(new PersonId(this.daniel), new TeamId(this.devTeam),
				LocalDate.of(2026, 1, 10));
		this.champions.save(champion);
		Champion loaded = this.champions.findById(champion.id()).orElseThrow();
		loaded.activate(LocalDate.of(2026, 1, 12));
		loaded.allocate(new TimeAllocation(10, TimeUnit.PERCENT));
		loaded.certify(new Certification("CSSLP", "ISC2", LocalDate.of(2024, 3, 1), LocalDate.of(2026, 7, 1)));
		loaded.recognize(new Contribution(ContributionKind.SECURITY_REVIEW, LocalDate.of(2026, 2, 1), "Login"), TODAY);
		this.champions.save(loaded);

		Champion again = this.champions.findById(champion.id()).orElseThrow();
		assertThat(again.status()).isEqualTo(ChampionStatus.ACTIVE);
		assertThat(again.activatedOn()).isEqualTo(LocalDate.of(2026, 1, 12));
		assertThat(again.time()).isEqualTo(new TimeAllocation(10, TimeUnit.PERCENT));
		assertThat(again.certifications()).hasSize(1);
		assertThat(again.contributions()).extracting(Contribution::description).containsExactly("Login");
		assertThat(again.version()).isEqualTo(1);
		assertThat(this.champions.isNominatedOrActive(new PersonId(this.daniel), new TeamId(this.devTeam))).isTrue();
		assertThatThrownBy(() -> this.champions.save(loaded)).isInstanceOf(StaleVersionException.class);
	}

	@Test
	void rosterFlagsTeamsWithoutActiveChampionAndCountsPointsCertificationsAndMeetings() {
		Champion champion = Champion.nominate(new PersonId(this.daniel), new TeamId(this.devTeam),
				LocalDate.of(2026, 1, 10));
		champion.activate(LocalDate.of(2026, 1, 10));
		champion.certify(new Certification("CSSLP", "ISC2", LocalDate.of(2024, 3, 1), TODAY.plusDays(30)));
		champion.certify(new Certification("Old", "ISC2", LocalDate.of(2020, 3, 1), TODAY.minusDays(1)));
		champion.recognize(new Contribution(ContributionKind.THREAT_MODEL_FACILITATED, LocalDate.of(2026, 2, 1), null),
				TODAY);
		champion.recognize(new Contribution(ContributionKind.THREAT_MODEL_FACILITATED, LocalDate.of(2026, 3, 1), null),
				TODAY);
		this.champions.save(champion);
		this.meetings.save(new CommunityMeeting(MeetingId.random(), LocalDate.of(2026, 4, 1), "Kick-off " + this.suffix,
				Set.of(champion.id())));
		int threatModelPoints = this.points.load().of(ContributionKind.THREAT_MODEL_FACILITATED);

		List<TeamRoster> roster = this.championQuery.roster(RosterFilter.all(), TODAY);

		TeamRoster dev = roster.stream().filter((t) -> t.team().equals(this.devTeam)).findFirst().orElseThrow();
		TeamRoster platform = roster.stream()
			.filter((t) -> t.team().equals(this.platformTeam))
			.findFirst()
			.orElseThrow();
		assertThat(dev.covered()).isTrue();
		assertThat(platform.covered()).isFalse();
		assertThat(roster.indexOf(platform)).isLessThan(roster.indexOf(dev));
		RosterEntry entry = dev.champions().get(0);
		assertThat(entry.certifications()).isEqualTo(1);
		assertThat(entry.certificationsExpiring()).isEqualTo(1);
		assertThat(entry.points()).isEqualTo(2 * threatModelPoints);
		assertThat(entry.meetingsAttended()).isEqualTo(1);
		assertThat(this.coverage.forTeam(new TeamId(this.devTeam)).activeChampions())
			.containsExactly("Daniel " + this.suffix);
		assertThat(this.coverage.forTeam(new TeamId(this.platformTeam)).covered()).isFalse();
		assertThat(this.championQuery.leaderboard(2026)).anySatisfy((l) -> {
			assertThat(l.champion()).isEqualTo(champion.id().value());
			assertThat(l.points()).isEqualTo(2 * threatModelPoints);
		});
		assertThat(this.championQuery.meetingsOf(champion.id())).extracting((m) -> m.attendees())
			.containsExactly(List.of("Daniel " + this.suffix));
	}

	@Test
	void theRosterPagesTeamsGapsFirstAndFiltersByNameGapAndStatus() {
		UUID quietTeam = this.rows.team("Quiet", "DEVELOPMENT");
		UUID securityTeam = this.rows.team("Security_", "PLATFORM");
		Champion active = Champion.nominate(new PersonId(this.daniel), new TeamId(this.devTeam), TODAY);
		active.activate(TODAY);
		this.champions.save(active);
		this.champions.save(Champion.nominate(new PersonId(this.anna), new TeamId(this.devTeam), TODAY));
		this.champions.save(Champion.nominate(new PersonId(this.anna), new TeamId(this.platformTeam), TODAY));
		RosterFilter ours = new RosterFilter(" " + this.suffix + " ", false, null);

		Page<TeamRoster> first = this.championQuery.roster(ours, TODAY, PageRequest.of(0, 2));
		Page<TeamRoster> second = this.championQuery.roster(ours, TODAY, PageRequest.of(1, 2));

		assertThat(first.totalElements()).isEqualTo(4);
		assertThat(first.content()).extracting(TeamRoster::team).containsExactly(this.platformTeam, quietTeam);
		assertThat(second.content()).extracting(TeamRoster::team).containsExactly(securityTeam, this.devTeam);
		assertThat(first.content().get(0).champions()).extracting(RosterEntry::person)
			.containsExactly("Anna " + this.suffix);
		assertThat(second.content().get(1).covered()).isTrue();
		assertThat(second.content().get(1).champions()).extracting(RosterEntry::status)
			.containsExactly(ChampionStatus.ACTIVE, ChampionStatus.NOMINATED);

		assertThat(this.championQuery.roster(new RosterFilter("_ " + this.suffix, false, null), TODAY))
			.extracting(TeamRoster::team)
			.containsExactly(securityTeam);
		assertThat(this.championQuery.roster(new RosterFilter(this.suffix, true, null), TODAY))
			.extracting(TeamRoster::team)
			.containsExactly(this.platformTeam, quietTeam, securityTeam);
		List<TeamRoster> nominated = this.championQuery
			.roster(new RosterFilter(this.suffix, false, ChampionStatus.NOMINATED), TODAY);
		assertThat(nominated).extracting(TeamRoster::team).containsExactly(this.platformTeam, this.devTeam);
		assertThat(nominated.get(1).covered()).as("covered by a champion the filter hides").isTrue();
		assertThat(nominated.get(1).champions()).extracting(RosterEntry::person).containsExactly("Anna " + this.suffix);
		assertThat(this.championQuery.roster(new RosterFilter(this.suffix, true, ChampionStatus.ACTIVE), TODAY))
			.isEmpty();
		assertThat(this.championQuery.roster(ours, TODAY, PageRequest.of(5, 2)).content()).isEmpty();
	}

	@Test
	void theChampionDirectoryNamesOnlyActiveChampionsOfTheTeam() {
		Champion active = Champion.nominate(new PersonId(this.daniel), new TeamId(this.devTeam), TODAY);
		active.activate(TODAY);
		this.champions.save(active);
		this.champions.save(Champion.nominate(new PersonId(this.anna), new TeamId(this.devTeam), TODAY));

		assertThat(this.championDirectory.activeChampions(new TeamId(this.devTeam)))
			.containsExactly(new PersonRef(new PersonId(this.daniel), "Daniel " + this.suffix));
		assertThat(this.championDirectory.activeChampions(new TeamId(this.platformTeam))).isEmpty();
	}

	@Test
	void configuredPointsChangeTheRoster() {
		Champion champion = Champion.nominate(new PersonId(this.daniel), new TeamId(this.devTeam),
				LocalDate.of(2026, 1, 10));
		champion.activate(LocalDate.of(2026, 1, 10));
		champion.recognize(new Contribution(ContributionKind.COMMUNITY_TALK, LocalDate.of(2026, 2, 1), null), TODAY);
		this.champions.save(champion);
		this.points.save(new ContributionPoints(Map.of(ContributionKind.COMMUNITY_TALK, 42)));

		assertThat(this.points.load().of(ContributionKind.COMMUNITY_TALK)).isEqualTo(42);
		assertThat(this.championQuery.roster(RosterFilter.all(), TODAY)
			.stream()
			.filter((t) -> t.team().equals(this.devTeam))
			.findFirst()
			.orElseThrow()
			.champions()
			.get(0)
			.points()).isEqualTo(42);
	}

	@Test
	void riskOwnerTrainingIsCurrentOnlyWithAValidCompletionOfEveryRequiredCourse() {
		PersonId person = new PersonId(this.anna);
		assertThat(this.riskOwnerTraining.isCurrent(person, TODAY)).as("missing").isFalse();

		this.training.addCompletion(new Completion(person, this.riskOwnership.id(), TODAY.minusMonths(13), 80));
		assertThat(this.riskOwnerTraining.isCurrent(person, TODAY)).as("expired").isFalse();
		assertThat(this.riskOwnerTraining.isCurrent(person, TODAY.minusMonths(2))).as("valid back then").isTrue();

		this.training.addCompletion(new Completion(person, this.riskOwnership.id(), TODAY.minusMonths(11), 90));
		assertThat(this.riskOwnerTraining.isCurrent(person, TODAY)).as("renewed").isTrue();
		assertThat(this.riskOwnerTraining.isCurrent(person, TODAY.minusMonths(11).plusMonths(12)))
			.as("on the expiry day")
			.isFalse();

		this.training.savePath(new LearningPath(TrainingRole.RISK_OWNER, 30,
				List.of(this.riskOwnership.id(), this.secureCoding.id())));
		assertThat(this.riskOwnerTraining.isCurrent(person, TODAY)).as("second course missing").isFalse();
	}

	@Test
	void riskOwnerTrainingIsCurrentWhenThePathRequiresNoCourse() {
		this.training.savePath(new LearningPath(TrainingRole.RISK_OWNER, 30, List.of()));

		assertThat(this.riskOwnerTraining.isCurrent(new PersonId(this.anna), TODAY)).isTrue();
	}

	@Test
	void derivesRolesAndRequirementsAndKeepsTheAssignmentDay() {
		assertThat(this.trainingQuery.rolesOf(new PersonId(this.anna)))
			.containsExactlyInAnyOrder(TrainingRole.DEVELOPER, TrainingRole.RISK_OWNER);
		assertThat(this.trainingQuery.rolesOf(new PersonId(this.daniel))).containsExactly(TrainingRole.DEVELOPER);

		assertThat(this.trainingQuery.requirementsOf(new PersonId(this.anna), TODAY))
			.extracting((r) -> r.role(), (r) -> r.course().title(), (r) -> r.dueOn())
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(TrainingRole.DEVELOPER, this.secureCoding.title(),
							TODAY.plusDays(14)),
					org.assertj.core.groups.Tuple.tuple(TrainingRole.RISK_OWNER, this.riskOwnership.title(),
							TODAY.plusDays(30)));
		assertThat(this.trainingQuery.requirementsOf(new PersonId(this.anna), TODAY.plusDays(5)))
			.allSatisfy((r) -> assertThat(r.assignedOn()).isEqualTo(TODAY));
	}

	@Test
	void effectivenessPutsCoverageTrainingAndRiskOutcomesSideBySide() {
		this.training
			.addCompletion(new Completion(new PersonId(this.anna), this.secureCoding.id(), TODAY.minusDays(3), null));
		this.training.addCompletion(
				new Completion(new PersonId(this.anna), this.riskOwnership.id(), TODAY.minusMonths(14), null));
		Champion champion = Champion.nominate(new PersonId(this.daniel), new TeamId(this.devTeam), TODAY);
		champion.activate(TODAY);
		this.champions.save(champion);
		Instant now = TODAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
		risk("HIGH", "OPEN", null, now.minus(5, ChronoUnit.DAYS), null);
		risk("CRITICAL", "IN_TREATMENT", TODAY.minusDays(1), now.minus(5, ChronoUnit.DAYS), null);
		risk("CRITICAL", "IN_TREATMENT", TODAY, now.minus(5, ChronoUnit.DAYS), null);
		risk("LOW", "OPEN", null, now, null);
		risk("HIGH", "CLOSED", null, now.minus(30, ChronoUnit.DAYS), now.minus(20, ChronoUnit.DAYS));
		risk("LOW", "CLOSED", null, now.minus(30, ChronoUnit.DAYS), now.minus(10, ChronoUnit.DAYS));
		risk("LOW", "CLOSED", null, now.minus(30, ChronoUnit.DAYS), now.minus(26, ChronoUnit.DAYS));

		List<TeamEffectiveness> teams = this.effectiveness.teams(TODAY);

		TeamEffectiveness dev = teams.stream().filter((t) -> t.team().equals(this.devTeam)).findFirst().orElseThrow();
		assertThat(dev.covered()).isTrue();
		assertThat(dev.training().required()).as("anna: 2 courses, daniel: 1").isEqualTo(3);
		assertThat(dev.training().done()).as("anna's secure coding only").isEqualTo(1);
		assertThat(dev.openHighOrCritical()).isEqualTo(3);
		assertThat(dev.overdueTreatments()).isEqualTo(1);
		assertThat(dev.closedRisks()).isEqualTo(3);
		assertThat(dev.medianDaysToClose()).isEqualTo(10.0);
		TeamEffectiveness platform = teams.stream()
			.filter((t) -> t.team().equals(this.platformTeam))
			.findFirst()
			.orElseThrow();
		assertThat(platform.covered()).isFalse();
		assertThat(platform.training().percent()).isNull();
		assertThat(platform.medianDaysToClose()).isNull();
		assertThat(this.trainingQuery.byTeam(TODAY)).filteredOn((t) -> t.team().equals(this.devTeam))
			.singleElement()
			.satisfies((t) -> assertThat(t.percent()).isEqualTo(33));
	}

	private void risk(String level, String status, LocalDate due, Instant identified, Instant closed) {
		this.jdbc.sql("""
				insert into risk (id, product_id, title, source, likelihood, impact, score, level, status,
				                  treatment_due, identified_at, closed_at)
				values (:id, :product, 'A risk', 'OTHER', 1, 1, 1, :level, :status, :due, :identified, :closed)
				""")
			.param("id", UUID.randomUUID())
			.param("product", this.product)
			.param("level", level)
			.param("status", status)
			.param("due", due)
			.param("identified", Timestamp.from(identified))
			.param("closed", (closed == null) ? null : Timestamp.from(closed))
			.update();
	}

}
