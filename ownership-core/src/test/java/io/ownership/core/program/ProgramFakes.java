package io.ownership.core.program;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.InMemoryCatalog;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.program.champion.Champion;
import io.ownership.core.program.champion.ChampionId;
import io.ownership.core.program.champion.ChampionRepository;
import io.ownership.core.program.champion.ChampionStatus;
import io.ownership.core.program.champion.ContributionPoints;
import io.ownership.core.program.champion.ContributionPointsRepository;
import io.ownership.core.program.meeting.CommunityMeeting;
import io.ownership.core.program.meeting.MeetingRepository;
import io.ownership.core.program.training.Completion;
import io.ownership.core.program.training.Course;
import io.ownership.core.program.training.CourseId;
import io.ownership.core.program.training.LearningPath;
import io.ownership.core.program.training.TrainingRepository;
import io.ownership.core.program.training.TrainingRole;

/**
 * In-memory ports for the program's use-case tests; the SQL adapters are tested against
 * PostgreSQL.
 */
final class ProgramFakes implements ChampionRepository, ContributionPointsRepository, MeetingRepository,
		ProgramDirectory, TrainingRepository, AuditLog {

	final Clock clock = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);

	final Map<ChampionId, Champion> champions = new LinkedHashMap<>();

	final InMemoryCatalog catalog = new InMemoryCatalog();

	final Map<TeamId, Team> teams = this.catalog.teams;

	final Map<PersonId, Person> people = this.catalog.people;

	final Map<String, PersonId> accounts = new HashMap<>();

	final Set<List<Object>> productOwners = new HashSet<>();

	final Map<CourseId, Course> courses = new LinkedHashMap<>();

	final Map<TrainingRole, LearningPath> paths = new EnumMap<>(TrainingRole.class);

	final List<Completion> completions = new ArrayList<>();

	final List<CommunityMeeting> meetings = new ArrayList<>();

	final List<AuditEntry> history = new ArrayList<>();

	ContributionPoints points = new ContributionPoints(Map.of());

	Team team(String name) {
		Team team = Team.found(name, TeamKind.DEVELOPMENT, null);
		this.teams.put(team.id(), team);
		return team;
	}

	Person person(String name, String username) {
		Person person = Person.register(name, name.toLowerCase().replace(' ', '.') + "@example.org", null);
		this.people.put(person.id(), person);
		if (username != null) {
			this.accounts.put(username, person.id());
		}
		return person;
	}

	void productOwner(Person person, Team team) {
		this.productOwners.add(List.of(person.id(), team.id()));
	}

	@Override
	public Optional<Champion> findById(ChampionId id) {
		return Optional.ofNullable(this.champions.get(id));
	}

	@Override
	public boolean isNominatedOrActive(PersonId person, TeamId team) {
		return this.champions.values()
			.stream()
			.anyMatch((c) -> c.person().equals(person) && c.team().equals(team)
					&& c.status() != ChampionStatus.STEPPED_DOWN);
	}

	@Override
	public void save(Champion champion) {
		this.champions.put(champion.id(), champion);
	}

	@Override
	public ContributionPoints load() {
		return this.points;
	}

	@Override
	public void save(ContributionPoints newPoints) {
		this.points = newPoints;
	}

	@Override
	public void save(CommunityMeeting meeting) {
		this.meetings.add(meeting);
	}

	@Override
	public Optional<PersonId> personOf(String username) {
		return Optional.ofNullable(this.accounts.get(username));
	}

	@Override
	public boolean isProductOwnerOfTeam(PersonId person, TeamId team) {
		return this.productOwners.contains(List.of(person, team));
	}

	@Override
	public Optional<Course> findCourse(CourseId id) {
		return Optional.ofNullable(this.courses.get(id));
	}

	@Override
	public Optional<Course> findCourseByTitle(String title) {
		return this.courses.values().stream().filter((c) -> c.title().equalsIgnoreCase(title.trim())).findFirst();
	}

	@Override
	public void saveCourse(Course course) {
		this.courses.put(course.id(), course);
	}

	@Override
	public LearningPath loadPath(TrainingRole role) {
		return this.paths.getOrDefault(role, new LearningPath(role, 30, List.of()));
	}

	@Override
	public void savePath(LearningPath path) {
		this.paths.put(path.role(), path);
	}

	@Override
	public boolean hasCompletion(Completion completion) {
		return this.completions.stream()
			.anyMatch((c) -> c.person().equals(completion.person()) && c.course().equals(completion.course())
					&& c.completedOn().equals(completion.completedOn()));
	}

	@Override
	public boolean addCompletion(Completion completion) {
		if (hasCompletion(completion)) {
			return false;
		}
		return this.completions.add(completion);
	}

	@Override
	public void record(AuditEntry entry) {
		this.history.add(entry);
	}

}
