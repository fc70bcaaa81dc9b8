package io.ownership.core.program.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.PersonRepository;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.Role;
import jakarta.transaction.Transactional;

/**
 * Use cases of the training program: courses, learning paths and completions, by hand or
 * imported from a learning platform's CSV export. Only security managers change them;
 * every change is recorded in the history.
 */
@Transactional
public class TrainingService {

	/** The columns of an import file, in this order, named in its header line. */
	public static final List<String> IMPORT_COLUMNS = List.of("email", "course", "completed_on", "score");

	/** The most lines one import reads. */
	public static final int MAX_IMPORT_LINES = 10_000;

	private final TrainingRepository training;

	private final PersonRepository people;

	private final AuditLog audit;

	private final Clock clock;

	public TrainingService(TrainingRepository training, PersonRepository people, AuditLog audit, Clock clock) {
		this.training = training;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	public Course createCourse(Actor actor, String title, String provider, CourseFormat format, int hours,
			Integer validityMonths) {
		requireManager(actor);
		Course course = new Course(CourseId.random(), title, provider, format, hours, validityMonths);
		if (this.training.findCourseByTitle(course.title()).isPresent()) {
			throw new InvalidInputException("title", "course.title.taken", "A course with this title exists",
					course.title());
		}
		this.training.saveCourse(course);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "course.created")
			.entity("Course", course.id())
			.summary("Course " + course.title() + " created")
			.change("title", null, course.title())
			.change("provider", null, course.provider())
			.change("format", null, course.format())
			.change("hours", null, course.hours())
			.change("validityMonths", null, course.validityMonths())
			.build());
		return course;
	}

	public void definePath(Actor actor, LearningPath path) {
		requireManager(actor);
		for (CourseId course : path.courses()) {
			if (this.training.findCourse(course).isEmpty()) {
				throw new InvalidInputException("courses", "path.course.unknown", "No such course");
			}
		}
		LearningPath before = this.training.loadPath(path.role());
		this.training.savePath(path);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "path.defined")
			.entity("LearningPath", path.role())
			.summary("Learning path " + path.role() + " defined")
			.change("dueDays", before.dueDays(), path.dueDays())
			.change("courses", titles(before.courses()), titles(path.courses()))
			.build());
	}

	public boolean recordCompletion(Actor actor, Completion completion) {
		requireManager(actor);
		Person person = this.people.findById(completion.person())
			.orElseThrow(() -> new InvalidInputException("person", "completion.person.unknown", "No such person"));
		Course course = this.training.findCourse(completion.course())
			.orElseThrow(() -> new InvalidInputException("course", "completion.course.unknown", "No such course"));
		if (completion.completedOn().isAfter(LocalDate.now(this.clock))) {
			throw new InvalidInputException("completedOn", "completion.date.future", "Not in the future");
		}
		boolean added = this.training.addCompletion(completion);
		if (added) {
			recordCompletionHistory(actor, person, course, completion, "completion.recorded");
		}
		return added;
	}

	/**
	 * Reads a learning platform's export and says line by line what would happen; with
	 * {@code apply} and no line in error, records the new completions, all in this one
	 * transaction. Applying the same file twice records nothing the second time.
	 */
	public ImportReport importCompletions(Actor actor, String csv, boolean apply) {
		requireManager(actor);
		List<List<String>> lines = CompletionCsv.parse(csv == null ? "" : csv);
		if (lines.isEmpty() || !header(lines.get(0))) {
			throw new InvalidInputException("file", "completionImport.header",
					"The first line names the columns " + String.join(",", IMPORT_COLUMNS),
					String.join(",", IMPORT_COLUMNS));
		}
		if (lines.size() - 1 > MAX_IMPORT_LINES) {
			throw new InvalidInputException("file", "completionImport.tooLong",
					"At most " + MAX_IMPORT_LINES + " lines", MAX_IMPORT_LINES);
		}
		List<ImportRow> rows = new ArrayList<>();
		List<NewCompletion> toAdd = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		LocalDate today = LocalDate.now(this.clock);
		Lookups lookups = new Lookups(new HashMap<>(), new HashMap<>());
		for (int i = 1; i < lines.size(); i++) {
			List<String> values = lines.get(i);
			if (values.isEmpty()) {
				continue;
			}
			rows.add(check(i + 1, values, today, seen, lookups, toAdd));
		}
		ImportReport report = new ImportReport(rows,
				apply && rows.stream().noneMatch((row) -> row.outcome() == ImportRow.Outcome.ERROR));
		if (report.applied()) {
			for (NewCompletion added : toAdd) {
				if (this.training.addCompletion(added.completion())) {
					recordCompletionHistory(actor, added.person(), added.course(), added.completion(),
							"completion.imported");
				}
			}
		}
		return report;
	}

	private ImportRow check(int line, List<String> values, LocalDate today, Set<String> seen, Lookups lookups,
			List<NewCompletion> toAdd) {
		if (values.size() < 3 || values.size() > IMPORT_COLUMNS.size()) {
			return error(line, values, "completionImport.row.columns", IMPORT_COLUMNS.size());
		}
		String email = values.get(0);
		String title = values.get(1);
		Optional<Person> person = email.isBlank() ? Optional.empty()
				: lookups.people().computeIfAbsent(email, this.people::findByEmail);
		if (person.isEmpty()) {
			return error(line, values, "completionImport.row.unknownPerson", email);
		}
		Optional<Course> course = title.isBlank() ? Optional.empty()
				: lookups.courses().computeIfAbsent(title, this.training::findCourseByTitle);
		if (course.isEmpty()) {
			return error(line, values, "completionImport.row.unknownCourse", title);
		}
		LocalDate completedOn;
		try {
			completedOn = LocalDate.parse(values.get(2));
		}
		catch (DateTimeParseException ex) {
			return error(line, values, "completionImport.row.badDate", values.get(2));
		}
		if (completedOn.isAfter(today)) {
			return error(line, values, "completionImport.row.futureDate", values.get(2));
		}
		Integer score = null;
		String scoreText = (values.size() > 3) ? values.get(3) : "";
		if (!scoreText.isBlank()) {
			try {
				score = Integer.valueOf(scoreText);
			}
			catch (NumberFormatException ex) {
				return error(line, values, "completionImport.row.badScore", scoreText);
			}
			if (score < 0 || score > 100) {
				return error(line, values, "completionImport.row.badScore", scoreText);
			}
		}
		Completion completion = new Completion(person.get().id(), course.get().id(), completedOn, score);
		String key = completion.person() + "|" + completion.course() + "|" + completedOn;
		if (!seen.add(key)) {
			return new ImportRow(line, values, ImportRow.Outcome.UNCHANGED, "completionImport.row.duplicate",
					List.of());
		}
		if (this.training.hasCompletion(completion)) {
			return new ImportRow(line, values, ImportRow.Outcome.UNCHANGED, "completionImport.row.alreadyRecorded",
					List.of());
		}
		toAdd.add(new NewCompletion(completion, person.get(), course.get()));
		return new ImportRow(line, values, ImportRow.Outcome.NEW, null, List.of());
	}

	/**
	 * People by e-mail and courses by title as an import names them: a file names the
	 * same ones on thousands of lines.
	 */
	private record Lookups(Map<String, Optional<Person>> people, Map<String, Optional<Course>> courses) {
	}

	private record NewCompletion(Completion completion, Person person, Course course) {
	}

	private static ImportRow error(int line, List<String> values, String code, Object argument) {
		return new ImportRow(line, values, ImportRow.Outcome.ERROR, code, List.of(argument));
	}

	private static boolean header(List<String> first) {
		List<String> names = first.stream().map((name) -> name.trim().toLowerCase(Locale.ROOT)).toList();
		return names.equals(IMPORT_COLUMNS) || names.equals(IMPORT_COLUMNS.subList(0, 3));
	}

	private void recordCompletionHistory(Actor actor, Person person, Course course, Completion completion,
			String action) {
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), action)
			.entity("Person", person.id())
			.summary(person.name() + " completed " + course.title() + " on " + completion.completedOn())
			.change("course", null, course.title())
			.change("completedOn", null, completion.completedOn())
			.change("score", null, completion.score())
			.build());
	}

	private List<String> titles(List<CourseId> courses) {
		return courses.stream()
			.map((id) -> this.training.findCourse(id).map(Course::title).orElse(id.toString()))
			.toList();
	}

	/**
	 * Refuses anyone but a security manager, as every change to the training program does
	 * (and the import page before it is shown).
	 */
	public static void requireManager(Actor actor) {
		if (!actor.has(Role.SECURITY_MANAGER)) {
			throw new ForbiddenException("program.forbidden", "Only a security manager manages the program");
		}
	}

	/** Whether the actor may read the detailed training record of the person. */
	@Transactional(Transactional.TxType.SUPPORTS)
	public boolean maySeeTrainingOf(Actor actor, PersonId person, Optional<PersonId> actorsPerson) {
		if (actor.hasAny(Role.SECURITY_MANAGER, Role.AUDITOR)) {
			return true;
		}
		return actorsPerson.map(person::equals).orElse(false);
	}

}
