package io.ownership.core.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.Team;
import io.ownership.core.program.champion.Certification;
import io.ownership.core.program.champion.Champion;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.program.champion.Contribution;
import io.ownership.core.program.champion.ContributionKind;
import io.ownership.core.program.champion.ContributionPoints;
import io.ownership.core.program.champion.TimeAllocation;
import io.ownership.core.program.champion.TimeUnit;
import io.ownership.core.program.training.Completion;
import io.ownership.core.program.training.Course;
import io.ownership.core.program.training.CourseFormat;
import io.ownership.core.program.training.CourseId;
import io.ownership.core.program.training.LearningPath;
import io.ownership.core.program.training.TrainingRole;
import io.ownership.core.program.training.TrainingService;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may do what in the program, as a matrix: each action for each kind of actor, on the
 * actor's own team and on another team where that makes a difference.
 */
class ProgramAuthorizationTests {

	private static final Actor MANAGER = new Actor("manager", Set.of(Role.SECURITY_MANAGER));

	private static final Actor OWN_PRODUCT_OWNER = new Actor("po-a", Set.of(Role.PRODUCT_OWNER));

	private static final Actor FOREIGN_PRODUCT_OWNER = new Actor("po-b", Set.of(Role.PRODUCT_OWNER));

	private static final Actor TEAM_MEMBER = new Actor("dev-a", Set.of(Role.TEAM_MEMBER));

	private static final Actor AUDITOR = new Actor("auditor", Set.of(Role.AUDITOR));

	private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN));

	/**
	 * The fixture: team A whose product owner is po-a, a nominated and an active champion
	 * of team A.
	 */
	private static final class World {

		final ProgramFakes fakes = new ProgramFakes();

		final ChampionService champions = new ChampionService(this.fakes, this.fakes, this.fakes,
				this.fakes.catalog.teamRepository, this.fakes.catalog.personRepository, this.fakes, this.fakes,
				this.fakes.clock);

		final TrainingService training = new TrainingService(this.fakes, this.fakes.catalog.personRepository,
				this.fakes, this.fakes.clock);

		final Team teamA = this.fakes.team("Team A");

		final Person anna = this.fakes.person("Anna Berger", "po-a");

		final Person daniel = this.fakes.person("Daniel Kraus", "dev-a");

		final Person lena = this.fakes.person("Lena Vogel", null);

		final Champion nominated;

		final Champion active;

		final Course course = new Course(CourseId.random(), "Secure coding", "Academy", CourseFormat.E_LEARNING, 2,
				null);

		World() {
			this.fakes.person("Other Owner", "po-b");
			this.fakes.productOwner(this.anna, this.teamA);
			this.fakes.saveCourse(this.course);
			this.nominated = Champion.nominate(this.lena.id(), this.teamA.id(), LocalDate.of(2026, 1, 1));
			this.active = Champion.nominate(this.anna.id(), this.teamA.id(), LocalDate.of(2026, 1, 1));
			this.active.activate(LocalDate.of(2026, 1, 2));
			this.fakes.save(this.nominated);
			this.fakes.save(this.active);
		}

	}

	static Stream<Arguments> matrix() {
		Map<String, List<Actor>> allowed = Map.ofEntries(
				Map.entry("nominate for own team", List.of(MANAGER, OWN_PRODUCT_OWNER)),
				Map.entry("activate", List.of(MANAGER)), Map.entry("step down", List.of(MANAGER)),
				Map.entry("allocate time", List.of(MANAGER)), Map.entry("certify", List.of(MANAGER)),
				Map.entry("recognize contribution", List.of(MANAGER)), Map.entry("set points", List.of(MANAGER)),
				Map.entry("record meeting", List.of(MANAGER)), Map.entry("create course", List.of(MANAGER)),
				Map.entry("define path", List.of(MANAGER)), Map.entry("record completion", List.of(MANAGER)),
				Map.entry("import completions", List.of(MANAGER)));
		List<Actor> actors = List.of(MANAGER, OWN_PRODUCT_OWNER, FOREIGN_PRODUCT_OWNER, TEAM_MEMBER, AUDITOR, ADMIN);
		return allowed.entrySet()
			.stream()
			.flatMap((entry) -> actors.stream()
				.map((actor) -> Arguments.of(entry.getKey(), actor.username(), actor,
						entry.getValue().contains(actor))));
	}

	@ParameterizedTest(name = "{0} by {1}: allowed={3}")
	@MethodSource("matrix")
	void onlyTheRightActorsMayAct(String action, String who, Actor actor, boolean allowed) {
		World world = new World();
		Runnable run = switch (action) {
			case "nominate for own team" -> () -> world.champions.nominate(actor, world.daniel.id(), world.teamA.id());
			case "activate" -> () -> world.champions.activate(actor, world.nominated.id());
			case "step down" -> () -> world.champions.stepDown(actor, world.active.id());
			case "allocate time" -> () -> world.champions.allocateTime(actor, world.active.id(),
					new TimeAllocation(4, TimeUnit.HOURS_PER_SPRINT));
			case "certify" -> () -> world.champions.certify(actor, world.active.id(),
					new Certification("CSSLP", "ISC2", LocalDate.of(2025, 1, 1), null));
			case "recognize contribution" -> () -> world.champions.recognize(actor, world.active.id(),
					new Contribution(ContributionKind.SECURITY_REVIEW, LocalDate.of(2026, 2, 1), null));
			case "set points" ->
				() -> world.champions.setPoints(actor, new ContributionPoints(Map.of(ContributionKind.OTHER, 3)));
			case "record meeting" -> () -> world.champions.recordMeeting(actor, LocalDate.of(2026, 6, 1), "Kick-off",
					Set.of(world.active.id()));
			case "create course" ->
				() -> world.training.createCourse(actor, "Threat modeling", "Academy", CourseFormat.WORKSHOP, 4, 24);
			case "define path" -> () -> world.training.definePath(actor,
					new LearningPath(TrainingRole.DEVELOPER, 30, List.of(world.course.id())));
			case "record completion" -> () -> world.training.recordCompletion(actor,
					new Completion(world.daniel.id(), world.course.id(), LocalDate.of(2026, 5, 1), null));
			case "import completions" -> () -> world.training.importCompletions(actor,
					"email,course,completed_on,score\ndaniel.kraus@example.org,Secure coding,2026-05-01,80\n", true);
			default -> throw new IllegalArgumentException(action);
		};
		if (allowed) {
			assertThatCode(run::run).doesNotThrowAnyException();
		}
		else {
			assertThatThrownBy(run::run).isInstanceOf(ForbiddenException.class);
		}
	}

	@ParameterizedTest(name = "{1} nominating for a team whose products they do not own")
	@MethodSource("foreign")
	void aProductOwnerNominatesOnlyForTheirOwnTeam(String ignored, String who, Actor actor) {
		World world = new World();
		Team teamB = world.fakes.team("Team B");

		assertThatThrownBy(() -> world.champions.nominate(actor, world.daniel.id(), teamB.id()))
			.isInstanceOf(ForbiddenException.class);
	}

	static Stream<Arguments> foreign() {
		return Stream.of(OWN_PRODUCT_OWNER, FOREIGN_PRODUCT_OWNER, TEAM_MEMBER, AUDITOR, ADMIN)
			.map((actor) -> Arguments.of("", actor.username(), actor));
	}

	@ParameterizedTest(name = "{1} is offered the nomination form: {3}")
	@MethodSource("nominators")
	void theNominationFormIsForSecurityManagersAndProductOwners(String ignored, String who, Actor actor,
			boolean offered) {
		World world = new World();

		org.assertj.core.api.Assertions.assertThat(world.champions.mayNominateForSomeTeam(actor)).isEqualTo(offered);
		if (offered) {
			assertThatCode(() -> world.champions.requireMayNominateForSomeTeam(actor)).doesNotThrowAnyException();
		}
		else {
			assertThatThrownBy(() -> world.champions.requireMayNominateForSomeTeam(actor))
				.isInstanceOf(ForbiddenException.class);
		}
	}

	static Stream<Arguments> nominators() {
		return Stream.of(MANAGER, OWN_PRODUCT_OWNER, FOREIGN_PRODUCT_OWNER, TEAM_MEMBER, AUDITOR, ADMIN)
			.map((actor) -> Arguments.of("", actor.username(), actor,
					actor == MANAGER || actor == OWN_PRODUCT_OWNER || actor == FOREIGN_PRODUCT_OWNER));
	}

	@ParameterizedTest(name = "{0} reads the training record of someone else: {1}")
	@MethodSource("readers")
	void onlyManagersAuditorsAndThePersonThemselvesSeeADetailedTrainingRecord(String who, boolean others, Actor actor) {
		World world = new World();
		java.util.Optional<io.ownership.core.catalog.PersonId> self = world.fakes.personOf(actor.username());

		org.assertj.core.api.Assertions.assertThat(world.training.maySeeTrainingOf(actor, world.lena.id(), self))
			.isEqualTo(others);
		self.ifPresent((person) -> org.assertj.core.api.Assertions
			.assertThat(world.training.maySeeTrainingOf(actor, person, self))
			.isTrue());
	}

	static Stream<Arguments> readers() {
		return Stream.of(Arguments.of("manager", true, MANAGER), Arguments.of("auditor", true, AUDITOR),
				Arguments.of("po-a", false, OWN_PRODUCT_OWNER), Arguments.of("dev-a", false, TEAM_MEMBER),
				Arguments.of("admin", false, ADMIN));
	}

}
