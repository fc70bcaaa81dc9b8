package io.ownership.core.program.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One course a person is required to take, with the roles that require it, its due date,
 * the latest completion and where the person stands on a day.
 *
 * @param course the course
 * @param roles the roles requiring it
 * @param dueOn the earliest due date among those roles
 * @param completedOn the latest completion on or before the day, or null
 * @param score the score of that completion, or null
 * @param expiresOn the day that completion expires, or null
 * @param state where the person stands
 */
public record RequiredCourse(Course course, Set<TrainingRole> roles, LocalDate dueOn, LocalDate completedOn,
		Integer score, LocalDate expiresOn, TrainingState state) {

	/** A completion expiring within this many days is shown as expiring. */
	public static final int EXPIRY_WARNING_DAYS = 60;

	public RequiredCourse {
		roles = Set.copyOf(roles);
	}

	/**
	 * Where a person stands on {@code today} with each course their roles require, given
	 * their completions.
	 */
	public static List<RequiredCourse> evaluate(Collection<Requirement> requirements,
			Collection<Completion> completions, LocalDate today) {
		Map<CourseId, List<Requirement>> byCourse = new LinkedHashMap<>();
		for (Requirement requirement : requirements) {
			byCourse.computeIfAbsent(requirement.course().id(), (id) -> new ArrayList<>()).add(requirement);
		}
		List<RequiredCourse> result = new ArrayList<>();
		byCourse.forEach((courseId, courseRequirements) -> {
			Course course = courseRequirements.get(0).course();
			Set<TrainingRole> roles = new TreeSet<>();
			LocalDate dueOn = null;
			for (Requirement requirement : courseRequirements) {
				roles.add(requirement.role());
				if (dueOn == null || requirement.dueOn().isBefore(dueOn)) {
					dueOn = requirement.dueOn();
				}
			}
			Completion latest = completions.stream()
				.filter((c) -> c.course().equals(courseId) && !c.completedOn().isAfter(today))
				.max(Comparator.comparing(Completion::completedOn))
				.orElse(null);
			result.add(of(course, roles, dueOn, latest, today));
		});
		result.sort(Comparator.comparing(RequiredCourse::dueOn).thenComparing((r) -> r.course().title()));
		return result;
	}

	private static RequiredCourse of(Course course, Set<TrainingRole> roles, LocalDate dueOn, Completion latest,
			LocalDate today) {
		if (latest == null) {
			TrainingState state = dueOn.isBefore(today) ? TrainingState.OVERDUE : TrainingState.DUE;
			return new RequiredCourse(course, roles, dueOn, null, null, null, state);
		}
		LocalDate expiresOn = course.expiryOf(latest.completedOn());
		TrainingState state;
		if (!course.validOn(latest.completedOn(), today)) {
			state = TrainingState.EXPIRED;
		}
		else if (expiresOn != null && !expiresOn.isAfter(today.plusDays(EXPIRY_WARNING_DAYS))) {
			state = TrainingState.EXPIRING;
		}
		else {
			state = TrainingState.DONE;
		}
		return new RequiredCourse(course, roles, dueOn, latest.completedOn(), latest.score(), expiresOn, state);
	}

}
