package io.ownership.core.program.training;

/**
 * How a course is given.
 */
public enum CourseFormat {

	E_LEARNING, CLASSROOM, WORKSHOP, VIDEO, OTHER

}
