package io.ownership.core.program;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.program.champion.Certification;
import io.ownership.core.program.training.Completion;
import io.ownership.core.program.training.Course;
import io.ownership.core.program.training.CourseFormat;
import io.ownership.core.program.training.CourseId;
import io.ownership.core.program.training.RequiredCourse;
import io.ownership.core.program.training.Requirement;
import io.ownership.core.program.training.TrainingRole;
import io.ownership.core.program.training.TrainingState;
import io.ownership.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpiryTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);

	private final LocalDate today = LocalDate.now(this.clock);

	@Test
	void certificationExpiringWithinSixtyDaysIsHighlightedUntilItExpires() {
		Certification in60 = new Certification("CSSLP", "ISC2", LocalDate.of(2023, 1, 1), this.today.plusDays(60));
		Certification in61 = new Certification("CSSLP", "ISC2", LocalDate.of(2023, 1, 1), this.today.plusDays(61));
		Certification today = new Certification("CSSLP", "ISC2", LocalDate.of(2023, 1, 1), this.today);
		Certification forever = new Certification("OSCP", "OffSec", LocalDate.of(2023, 1, 1), null);

		assertThat(in60.expiringSoon(this.today)).isTrue();
		assertThat(in61.expiringSoon(this.today)).isFalse();
		assertThat(today.expiringSoon(this.today)).isFalse();
		assertThat(today.expiredOn(this.today)).isTrue();
		assertThat(forever.expiringSoon(this.today)).isFalse();
		assertThat(forever.expiredOn(this.today)).isFalse();
	}

	@Test
	void certificationExpiresAfterItWasObtained() {
		assertThatThrownBy(() -> new Certification("X", "Y", this.today, this.today))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("expires after");
	}

	@Test
	void completionIsValidForTheCourseValidityInMonths() {
		Course course = course("Risk ownership", 12);
		LocalDate completed = LocalDate.of(2025, 6, 15);

		assertThat(course.expiryOf(completed)).isEqualTo(LocalDate.of(2026, 6, 15));
		assertThat(course.validOn(completed, LocalDate.of(2026, 6, 14))).isTrue();
		assertThat(course.validOn(completed, this.today)).isFalse();
		assertThat(course("Basics", null).validOn(LocalDate.of(2001, 1, 1), this.today)).isTrue();
	}

	@Test
	void saysPerRequiredCourseWhetherDoneExpiringExpiredOverdueOrDue() {
		PersonId person = PersonId.random();
		Course done = course("Secure coding", 24);
		Course expiring = course("Threat modeling", 12);
		Course expired = course("Risk ownership", 12);
		Course overdue = course("Container security", null);
		Course due = course("Cloud basics", null);
		LocalDate assigned = this.today.minusDays(40);
		List<Requirement> requirements = List.of(new Requirement(TrainingRole.DEVELOPER, done, assigned, 30),
				new Requirement(TrainingRole.DEVELOPER, expiring, assigned, 30),
				new Requirement(TrainingRole.RISK_OWNER, expired, assigned, 30),
				new Requirement(TrainingRole.PLATFORM_ENGINEER, overdue, assigned, 30),
				new Requirement(TrainingRole.PLATFORM_ENGINEER, due, assigned, 60),
				new Requirement(TrainingRole.CHAMPION, due, this.today.minusDays(1), 90));
		List<Completion> completions = List.of(new Completion(person, done.id(), this.today.minusMonths(1), 90),
				new Completion(person, expiring.id(), this.today.minusMonths(12).plusDays(30), null),
				new Completion(person, expired.id(), this.today.minusMonths(13), 70),
				new Completion(person, expired.id(), this.today.minusMonths(26), 60));

		List<RequiredCourse> result = RequiredCourse.evaluate(requirements, completions, this.today);

		assertThat(result).extracting((r) -> r.course().title(), RequiredCourse::state)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Secure coding", TrainingState.DONE),
					org.assertj.core.groups.Tuple.tuple("Threat modeling", TrainingState.EXPIRING),
					org.assertj.core.groups.Tuple.tuple("Risk ownership", TrainingState.EXPIRED),
					org.assertj.core.groups.Tuple.tuple("Container security", TrainingState.OVERDUE),
					org.assertj.core.groups.Tuple.tuple("Cloud basics", TrainingState.DUE));
		RequiredCourse cloud = result.stream().filter((r) -> r.course().equals(due)).findFirst().orElseThrow();
		assertThat(cloud.roles()).containsExactlyInAnyOrder(TrainingRole.PLATFORM_ENGINEER, TrainingRole.CHAMPION);
		assertThat(cloud.dueOn()).isEqualTo(assigned.plusDays(60));
		RequiredCourse risk = result.stream().filter((r) -> r.course().equals(expired)).findFirst().orElseThrow();
		assertThat(risk.completedOn()).isEqualTo(this.today.minusMonths(13));
		assertThat(risk.expiresOn()).isEqualTo(this.today.minusMonths(1));
	}

	private static Course course(String title, Integer validity) {
		return new Course(CourseId.random(), title, "Academy", CourseFormat.E_LEARNING, 2, validity);
	}

}
