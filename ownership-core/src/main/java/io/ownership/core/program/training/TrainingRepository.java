package io.ownership.core.program.training;

import java.util.Optional;

/**
 * Port: loads and stores courses, learning paths and completions.
 */
public interface TrainingRepository {

	Optional<Course> findCourse(CourseId id);

	Optional<Course> findCourseByTitle(String title);

	void saveCourse(Course course);

	/**
	 * The path of a role; a role without a stored path requires nothing and is due within
	 * 30 days.
	 */
	LearningPath loadPath(TrainingRole role);

	void savePath(LearningPath path);

	boolean hasCompletion(Completion completion);

	/**
	 * Stores the completion unless the same person, course and day are recorded; says
	 * whether it stored it.
	 */
	boolean addCompletion(Completion completion);

}
