package io.ownership.web.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.PersonRepository;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.program.champion.Certification;
import io.ownership.core.program.champion.Champion;
import io.ownership.core.program.champion.ChampionQuery;
import io.ownership.core.program.champion.ChampionRepository;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.program.training.Completion;
import io.ownership.core.program.champion.Contribution;
import io.ownership.core.program.champion.ContributionKind;
import io.ownership.core.program.training.Course;
import io.ownership.core.program.training.CourseFormat;
import io.ownership.core.program.training.CourseId;
import io.ownership.core.program.training.LearningPath;
import io.ownership.core.program.champion.TimeAllocation;
import io.ownership.core.program.champion.TimeUnit;
import io.ownership.core.program.training.TrainingQuery;
import io.ownership.core.program.training.TrainingRepository;
import io.ownership.core.program.training.TrainingRole;
import io.ownership.core.program.training.TrainingService;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The program of the second seed: Daniel Kraus is the active champion of the Business
 * Services A team, the Application Platform team has none (a coverage gap); four courses
 * with paths per role; completions including an expired one, and Paul Fischer, risk owner
 * of Application Platform, whose risk ownership course has expired. Goes through the use
 * cases, creating only what is missing.
 */
@Component
@Profile("demo")
@Order(40)
class DemoProgram implements ApplicationRunner {

	private static final Actor PROGRAM = new Actor("system", Set.of(Role.SECURITY_MANAGER));

	static final String SECURE_CODING = "Secure coding fundamentals";

	static final String THREAT_MODELING = "Threat modeling basics";

	static final String RISK_OWNERSHIP = "Risk ownership for product owners";

	static final String CONTAINER_SECURITY = "Container security";

	private final ChampionService champions;

	private final ChampionRepository championRepository;

	private final ChampionQuery championQuery;

	private final TrainingService training;

	private final TrainingRepository trainingRepository;

	private final TrainingQuery trainingQuery;

	private final TeamRepository teams;

	private final PersonRepository people;

	private final Clock clock;

	DemoProgram(ChampionService champions, ChampionRepository championRepository, ChampionQuery championQuery,
			TrainingService training, TrainingRepository trainingRepository, TrainingQuery trainingQuery,
			TeamRepository teams, PersonRepository people, Clock clock) {
		this.champions = champions;
		this.championRepository = championRepository;
		this.championQuery = championQuery;
		this.training = training;
		this.trainingRepository = trainingRepository;
		this.trainingQuery = trainingQuery;
		this.teams = teams;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		LocalDate today = LocalDate.now(this.clock);
		Course secureCoding = course(SECURE_CODING, "Security Academy", CourseFormat.E_LEARNING, 4, 24);
		Course threatModeling = course(THREAT_MODELING, "Product Security team", CourseFormat.WORKSHOP, 8, 36);
		Course riskOwnership = course(RISK_OWNERSHIP, "Security Academy", CourseFormat.E_LEARNING, 2, 12);
		Course containers = course(CONTAINER_SECURITY, "Cloud Native Academy", CourseFormat.VIDEO, 3, 24);
		path(TrainingRole.DEVELOPER, 30, secureCoding);
		path(TrainingRole.CHAMPION, 60, threatModeling, secureCoding);
		path(TrainingRole.RISK_OWNER, 30, riskOwnership);
		path(TrainingRole.PLATFORM_ENGINEER, 30, containers, secureCoding);

		completed("anna.berger@example.org", riskOwnership, today.minusMonths(3), 92);
		completed("anna.berger@example.org", secureCoding, today.minusMonths(5), 85);
		completed("paul.fischer@example.org", riskOwnership, today.minusMonths(14), 78);
		completed("daniel.kraus@example.org", secureCoding, today.minusMonths(2), 88);
		completed("daniel.kraus@example.org", threatModeling, today.minusMonths(1), null);
		completed("lena.vogel@example.org", secureCoding, today.minusMonths(30), 70);
		completed("mia.wagner@example.org", containers, today.minusMonths(4), 95);

		champion(today);
	}

	private void champion(LocalDate today) {
		Team team = this.teams.findByName("Business Services A team").orElse(null);
		Person daniel = this.people.findByEmail("daniel.kraus@example.org").orElse(null);
		if (team == null || daniel == null || this.championRepository.isNominatedOrActive(daniel.id(), team.id())) {
			return;
		}
		Champion champion = this.champions.nominate(PROGRAM, daniel.id(), team.id());
		this.champions.activate(PROGRAM, champion.id());
		this.champions.allocateTime(PROGRAM, champion.id(), new TimeAllocation(8, TimeUnit.HOURS_PER_SPRINT));
		this.champions.certify(PROGRAM, champion.id(),
				new Certification("Certified Secure Software Lifecycle Professional (CSSLP)", "ISC2",
						today.minusYears(3), today.plusDays(45)));
		this.champions.recognize(PROGRAM, champion.id(), new Contribution(ContributionKind.THREAT_MODEL_FACILITATED,
				today, "Threat model of the customer database access"));
		this.champions.recognize(PROGRAM, champion.id(),
				new Contribution(ContributionKind.SECURITY_REVIEW, today, "Review of the login flow"));
		if (this.championQuery.meetings(100).stream().noneMatch((m) -> m.topic().equals("Champions kick-off"))) {
			this.champions.recordMeeting(PROGRAM, today, "Champions kick-off", Set.of(champion.id()));
		}
	}

	private Course course(String title, String provider, CourseFormat format, int hours, Integer validity) {
		return this.trainingRepository.findCourseByTitle(title)
			.orElseGet(() -> this.training.createCourse(PROGRAM, title, provider, format, hours, validity));
	}

	private void path(TrainingRole role, int dueDays, Course... courses) {
		if (this.trainingRepository.loadPath(role).courses().isEmpty()) {
			List<CourseId> ids = java.util.Arrays.stream(courses).map(Course::id).toList();
			this.training.definePath(PROGRAM, new LearningPath(role, dueDays, ids));
		}
	}

	private void completed(String email, Course course, LocalDate on, Integer score) {
		this.people.findByEmail(email).ifPresent((person) -> {
			boolean any = this.trainingQuery.completionsOf(person.id())
				.stream()
				.anyMatch((c) -> c.course().equals(course.id()));
			if (!any) {
				this.training.recordCompletion(PROGRAM, new Completion(person.id(), course.id(), on, score));
			}
		});
	}

}
