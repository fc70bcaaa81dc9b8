package io.ownership.core.program;

import java.time.LocalDate;
import java.util.Set;

import io.ownership.core.catalog.Person;
import io.ownership.core.program.training.Completion;
import io.ownership.core.program.training.Course;
import io.ownership.core.program.training.CourseFormat;
import io.ownership.core.program.training.CourseId;
import io.ownership.core.program.training.ImportReport;
import io.ownership.core.program.training.ImportRow;
import io.ownership.core.program.training.TrainingService;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompletionImportTests {

	private static final Actor MANAGER = new Actor("manager", Set.of(Role.SECURITY_MANAGER));

	private final ProgramFakes fakes = new ProgramFakes();

	private final TrainingService training = new TrainingService(this.fakes, this.fakes.catalog.personRepository,
			this.fakes, this.fakes.clock);

	private Person daniel;

	private Course secureCoding;

	@BeforeEach
	void organization() {
		this.daniel = this.fakes.person("Daniel Kraus", null);
		this.fakes.person("Lena Vogel", null);
		this.secureCoding = new Course(CourseId.random(), "Secure coding fundamentals", "Academy",
				CourseFormat.E_LEARNING, 4, 24);
		this.fakes.saveCourse(this.secureCoding);
	}

	@Test
	void dryRunSaysPerLineWhatWouldHappenAndChangesNothing() {
		String csv = """
				email,course,completed_on,score
				daniel.kraus@example.org,Secure coding fundamentals,2026-05-02,91
				nobody@example.org,Secure coding fundamentals,2026-05-02,
				lena.vogel@example.org,Juggling,2026-05-02,
				lena.vogel@example.org,Secure coding fundamentals,02/05/2026,
				lena.vogel@example.org,Secure coding fundamentals,2026-05-03,120
				lena.vogel@example.org,Secure coding fundamentals,2026-07-01,
				DANIEL.KRAUS@example.org,"Secure coding fundamentals",2026-05-02,91
				""";

		ImportReport report = this.training.importCompletions(MANAGER, csv, false);

		assertThat(report.applied()).isFalse();
		assertThat(report.rows()).extracting(ImportRow::line, ImportRow::outcome, ImportRow::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, ImportRow.Outcome.NEW, null),
					org.assertj.core.groups.Tuple.tuple(3, ImportRow.Outcome.ERROR,
							"completionImport.row.unknownPerson"),
					org.assertj.core.groups.Tuple.tuple(4, ImportRow.Outcome.ERROR,
							"completionImport.row.unknownCourse"),
					org.assertj.core.groups.Tuple.tuple(5, ImportRow.Outcome.ERROR, "completionImport.row.badDate"),
					org.assertj.core.groups.Tuple.tuple(6, ImportRow.Outcome.ERROR, "completionImport.row.badScore"),
					org.assertj.core.groups.Tuple.tuple(7, ImportRow.Outcome.ERROR, "completionImport.row.futureDate"),
					org.assertj.core.groups.Tuple.tuple(8, ImportRow.Outcome.UNCHANGED,
							"completionImport.row.duplicate"));
		assertThat(this.fakes.completions).isEmpty();
		assertThat(this.fakes.history).isEmpty();
	}

	@Test
	void applyWithAnErrorAppliesNothing() {
		String csv = """
				email,course,completed_on,score
				daniel.kraus@example.org,Secure coding fundamentals,2026-05-02,91
				nobody@example.org,Secure coding fundamentals,2026-05-02,
				""";

		ImportReport report = this.training.importCompletions(MANAGER, csv, true);

		assertThat(report.applied()).isFalse();
		assertThat(this.fakes.completions).isEmpty();
	}

	@Test
	void applyRecordsNewCompletionsOnceAndASecondApplyChangesNothing() {
		String csv = """
				email,course,completed_on,score
				daniel.kraus@example.org,Secure coding fundamentals,2026-05-02,91
				lena.vogel@example.org,secure coding fundamentals,2026-05-03
				""";

		ImportReport first = this.training.importCompletions(MANAGER, csv, true);
		ImportReport second = this.training.importCompletions(MANAGER, csv, true);

		assertThat(first.applied()).isTrue();
		assertThat(first.count(ImportRow.Outcome.NEW)).isEqualTo(2);
		assertThat(this.fakes.completions).hasSize(2)
			.contains(new Completion(this.daniel.id(), this.secureCoding.id(), LocalDate.of(2026, 5, 2), 91));
		assertThat(second.count(ImportRow.Outcome.NEW)).isZero();
		assertThat(second.rows()).extracting(ImportRow::code).containsOnly("completionImport.row.alreadyRecorded");
		assertThat(this.fakes.completions).hasSize(2);
		assertThat(this.fakes.history).hasSize(2);
	}

	@Test
	void refusesAFileWithoutTheNamedColumns() {
		assertThatThrownBy(() -> this.training.importCompletions(MANAGER, "mail;course;date\n", false))
			.isInstanceOf(InvalidInputException.class)
			.extracting((ex) -> ((InvalidInputException) ex).field())
			.isEqualTo("file");
	}

}
