package io.ownership.web.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.program.Choice;
import io.ownership.core.program.ProgramDirectory;
import io.ownership.core.program.champion.ChampionQuery;
import io.ownership.core.program.training.Completion;
import io.ownership.core.program.training.Course;
import io.ownership.core.program.training.CourseFormat;
import io.ownership.core.program.training.CourseId;
import io.ownership.core.program.training.ImportReport;
import io.ownership.core.program.training.ImportRow;
import io.ownership.core.program.training.RequiredCourse;
import io.ownership.core.program.training.TrainingQuery;
import io.ownership.core.program.training.TrainingRole;
import io.ownership.core.program.training.TrainingService;
import io.ownership.core.program.training.TrainingState;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Builds the {@link TrainingPage} overview, a person's {@link PersonTrainingPage} and the
 * {@link ImportPage} in one place.
 */
@Component
class TrainingPages {

	private final TrainingService training;

	private final TrainingQuery query;

	private final ChampionQuery choices;

	private final CatalogService catalog;

	private final ProgramDirectory directory;

	private final Clock clock;

	TrainingPages(TrainingService training, TrainingQuery query, ChampionQuery choices, CatalogService catalog,
			ProgramDirectory directory, Clock clock) {
		this.training = training;
		this.query = query;
		this.choices = choices;
		this.catalog = catalog;
		this.directory = directory;
		this.clock = clock;
	}

	/** The overview; the forms that choose people are a security manager's. */
	TrainingPage overview(Actor actor) {
		LocalDate today = LocalDate.now(this.clock);
		List<Course> courses = this.query.courses();
		Map<CourseId, String> titles = titles(courses);
		boolean mayManage = actor.has(Role.SECURITY_MANAGER);
		return new TrainingPage(this.query.organization(today),
				this.query.byTeam(today)
					.stream()
					.map((team) -> new TrainingPage.TeamRate(team.name(), ProgramPages.rate(team)))
					.toList(),
				this.query.paths()
					.stream()
					.map((path) -> new TrainingPage.PathRow(path.role(), path.dueDays(),
							path.courses().isEmpty() ? null
									: path.courses().stream().map(titles::get).collect(Collectors.joining(", "))))
					.toList(),
				courses, courses.stream().map((course) -> new Choice(course.id().value(), course.title())).toList(),
				mayManage ? this.choices.people() : List.of(),
				this.directory.personOf(actor.username()).map(PersonId::value).orElse(null), mayManage,
				List.of(CourseFormat.values()), List.of(TrainingRole.values()));
	}

	/**
	 * The training record of a person, which only the person, security managers and
	 * auditors see.
	 */
	PersonTrainingPage person(Actor actor, PersonId personId) {
		Optional<PersonId> self = this.directory.personOf(actor.username());
		if (!this.training.maySeeTrainingOf(actor, personId, self)) {
			throw new ForbiddenException("training.person.forbidden",
					"Only the person, security managers and auditors see a person's training record");
		}
		Person person = this.catalog.person(personId)
			.orElseThrow(() -> new NotFoundException("Person", personId.value()));
		LocalDate today = LocalDate.now(this.clock);
		List<Completion> completions = this.query.completionsOf(personId);
		List<RequiredCourse> required = RequiredCourse.evaluate(this.query.requirementsOf(personId, today), completions,
				today);
		Map<CourseId, String> titles = titles(this.query.courses());
		return new PersonTrainingPage(person.name(), this.query.rolesOf(personId),
				required.stream()
					.map((r) -> new PersonTrainingPage.Required(r.course().title(), r.roles(), r.dueOn(),
							r.completedOn(), r.expiresOn(), r.state(), stateClass(r.state())))
					.toList(),
				required.stream().filter((r) -> r.state().done()).count(),
				required.stream().filter((r) -> r.state().overdue()).count(),
				completions.stream()
					.map((c) -> new PersonTrainingPage.CompletionRow(titles.getOrDefault(c.course(), "?"),
							c.completedOn(), c.score()))
					.toList());
	}

	/** The import page with what an import found, or with nothing before one. */
	static ImportPage imported(ImportReport report) {
		if (report == null) {
			return new ImportPage(null);
		}
		long added = report.count(ImportRow.Outcome.NEW);
		long errors = report.count(ImportRow.Outcome.ERROR);
		ImportPage.Report shown;
		if (report.applied()) {
			shown = summary("completionImport.applied", "alert-success", added, 0, report);
		}
		else if (errors > 0) {
			shown = summary("completionImport.hasErrors", "alert-warning", errors, 0, report);
		}
		else {
			shown = summary("completionImport.dryRun", "alert-info", added, report.count(ImportRow.Outcome.UNCHANGED),
					report);
		}
		return new ImportPage(shown);
	}

	private static ImportPage.Report summary(String key, String css, long first, long second, ImportReport report) {
		return new ImportPage.Report(report.applied(), key, css, first, second,
				report.rows()
					.stream()
					.map((row) -> new ImportPage.Row(row.line(), String.join(",", row.values()), row.outcome().name(),
							"completionImport.outcome." + row.outcome().name(), row.code(),
							row.arguments().isEmpty() ? "" : row.arguments().get(0)))
					.toList());
	}

	private static Map<CourseId, String> titles(List<Course> courses) {
		return courses.stream().collect(Collectors.toMap(Course::id, Course::title, (a, b) -> a));
	}

	private static String stateClass(TrainingState state) {
		if (state.overdue()) {
			return "text-bg-danger";
		}
		if (state == TrainingState.EXPIRING) {
			return "text-bg-warning";
		}
		return state.done() ? "text-bg-success" : "text-bg-secondary";
	}

}
