package io.ownership.persistence.program;

import java.time.LocalDate;
import java.util.UUID;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.program.training.Completion;
import io.ownership.core.program.training.Course;
import io.ownership.core.program.training.CourseId;
import io.ownership.core.program.training.LearningPath;
import io.ownership.core.program.training.TrainingQuery;
import io.ownership.core.program.training.TrainingRole;
import io.ownership.persistence.CatalogRows;
import io.ownership.persistence.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's completions, the course catalog and the learning paths on the real database
 * (requirements, roles and team completion are in {@link ProgramPersistenceTests}).
 */
@PersistenceTest
class JdbcTrainingQueryTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrainingQuery query;

	private CatalogRows rows;

	private UUID basics;

	private UUID advanced;

	@BeforeEach
	void courses() {
		this.rows = new CatalogRows(this.jdbc);
		this.advanced = course("Secure coding advanced");
		this.basics = course("Secure coding basics");
	}

	@Test
	void aPersonsCompletionsComeNewestFirstWithTheirScore() {
		UUID anna = this.rows.person("Anna");
		completion(anna, this.basics, LocalDate.of(2026, 1, 10), 80);
		completion(anna, this.advanced, LocalDate.of(2026, 4, 2), null);
		completion(this.rows.person("Bruno"), this.basics, LocalDate.of(2026, 5, 1), 90);

		assertThat(this.query.completionsOf(new PersonId(anna))).containsExactly(
				new Completion(new PersonId(anna), new CourseId(this.advanced), LocalDate.of(2026, 4, 2), null),
				new Completion(new PersonId(anna), new CourseId(this.basics), LocalDate.of(2026, 1, 10), 80));
	}

	@Test
	void coursesAreListedByTitle() {
		assertThat(this.query.courses()).extracting(Course::title)
			.containsSubsequence("Secure coding advanced " + this.rows.suffix(),
					"Secure coding basics " + this.rows.suffix());
	}

	@Test
	void everyRoleHasALearningPathWithItsCoursesInOrder() {
		this.jdbc.sql("""
				insert into learning_path (role, due_days) values ('CHAMPION', 60)
				on conflict (role) do update set due_days = 60
				""").update();
		this.jdbc.sql("delete from learning_path_course where role = 'CHAMPION'").update();
		pathCourse("CHAMPION", this.advanced, 2);
		pathCourse("CHAMPION", this.basics, 1);

		assertThat(this.query.paths()).extracting(LearningPath::role).containsExactlyInAnyOrder(TrainingRole.values());
		assertThat(this.query.paths()).filteredOn((path) -> path.role() == TrainingRole.CHAMPION)
			.containsExactly(new LearningPath(TrainingRole.CHAMPION, 60,
					java.util.List.of(new CourseId(this.basics), new CourseId(this.advanced))));
	}

	private UUID course(String title) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into course (id, title, provider, format, hours) values (:id, :title, 'Academy', 'E_LEARNING', 2)
				""").param("id", id).param("title", title + " " + this.rows.suffix()).update();
		return id;
	}

	private void completion(UUID person, UUID course, LocalDate on, Integer score) {
		this.jdbc.sql("""
				insert into course_completion (person_id, course_id, completed_on, score)
				values (:person, :course, :on, :score)
				""").param("person", person).param("course", course).param("on", on).param("score", score).update();
	}

	private void pathCourse(String role, UUID course, int position) {
		this.jdbc.sql("""
				insert into learning_path_course (role, course_id, position) values (:role, :course, :position)
				""").param("role", role).param("course", course).param("position", position).update();
	}

}
