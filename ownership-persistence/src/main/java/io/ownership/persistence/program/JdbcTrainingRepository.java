package io.ownership.persistence.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.ownership.core.program.training.Completion;
import io.ownership.core.program.training.Course;
import io.ownership.core.program.training.CourseFormat;
import io.ownership.core.program.training.CourseId;
import io.ownership.core.program.training.LearningPath;
import io.ownership.core.program.training.TrainingRepository;
import io.ownership.core.program.training.TrainingRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses, learning paths and completions. A completion is keyed by person, course and
 * day, so recording it twice stores it once.
 */
@Repository
@Transactional(readOnly = true)
class JdbcTrainingRepository implements TrainingRepository {

	/** Days within which a role's courses are due when no path was stored for it. */
	static final int DEFAULT_DUE_DAYS = 30;

	private final JdbcClient jdbc;

	JdbcTrainingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static Course course(ResultSet rs) throws SQLException {
		return new Course(new CourseId(rs.getObject("id", UUID.class)), rs.getString("title"), rs.getString("provider"),
				CourseFormat.valueOf(rs.getString("format")), rs.getInt("hours"),
				rs.getObject("validity_months", Integer.class));
	}

	@Override
	public Optional<Course> findCourse(CourseId id) {
		return this.jdbc.sql("select * from course where id = :id")
			.param("id", id.value())
			.query((rs, n) -> course(rs))
			.optional();
	}

	@Override
	public Optional<Course> findCourseByTitle(String title) {
		return this.jdbc.sql("select * from course where lower(title) = lower(:title)")
			.param("title", title.trim().replaceAll("\\s+", " "))
			.query((rs, n) -> course(rs))
			.optional();
	}

	@Override
	@Transactional
	public void saveCourse(Course course) {
		this.jdbc.sql("""
				insert into course (id, title, provider, format, hours, validity_months)
				values (:id, :title, :provider, :format, :hours, :validity)
				on conflict (id) do update set title = excluded.title, provider = excluded.provider,
				    format = excluded.format, hours = excluded.hours, validity_months = excluded.validity_months
				""")
			.param("id", course.id().value())
			.param("title", course.title())
			.param("provider", course.provider())
			.param("format", course.format().name())
			.param("hours", course.hours())
			.param("validity", course.validityMonths())
			.update();
	}

	@Override
	public LearningPath loadPath(TrainingRole role) {
		List<CourseId> courses = this.jdbc
			.sql("select course_id from learning_path_course where role = :role order by position")
			.param("role", role.name())
			.query(UUID.class)
			.list()
			.stream()
			.map(CourseId::new)
			.toList();
		int dueDays = this.jdbc.sql("select due_days from learning_path where role = :role")
			.param("role", role.name())
			.query(Integer.class)
			.optional()
			.orElse(DEFAULT_DUE_DAYS);
		return new LearningPath(role, dueDays, courses);
	}

	@Override
	@Transactional
	public void savePath(LearningPath path) {
		this.jdbc.sql("""
				insert into learning_path (role, due_days) values (:role, :dueDays)
				on conflict (role) do update set due_days = excluded.due_days
				""").param("role", path.role().name()).param("dueDays", path.dueDays()).update();
		this.jdbc.sql("delete from learning_path_course where role = :role").param("role", path.role().name()).update();
		int position = 0;
		for (CourseId course : path.courses()) {
			this.jdbc.sql("""
					insert into learning_path_course (role, course_id, position) values (:role, :course, :position)
					""")
				.param("role", path.role().name())
				.param("course", course.value())
				.param("position", position++)
				.update();
		}
	}

	@Override
	public boolean hasCompletion(Completion completion) {
		return this.jdbc.sql("""
				select exists (select 1 from course_completion
				               where person_id = :person and course_id = :course and completed_on = :on)
				""")
			.param("person", completion.person().value())
			.param("course", completion.course().value())
			.param("on", completion.completedOn())
			.query(Boolean.class)
			.single();
	}

	@Override
	@Transactional
	public boolean addCompletion(Completion completion) {
		return this.jdbc.sql("""
				insert into course_completion (person_id, course_id, completed_on, score)
				values (:person, :course, :on, :score)
				on conflict do nothing
				""")
			.param("person", completion.person().value())
			.param("course", completion.course().value())
			.param("on", completion.completedOn())
			.param("score", completion.score())
			.update() == 1;
	}

}
