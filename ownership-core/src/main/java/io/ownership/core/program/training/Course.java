package io.ownership.core.program.training;

import java.time.LocalDate;
import java.util.Objects;

import io.ownership.core.catalog.Names;
import io.ownership.core.shared.InvalidInputException;

/**
 * A course of the training program. A completion stays valid for {@code validityMonths}
 * months, or for ever when the course has no validity.
 *
 * @param id identifier
 * @param title unique title, also the name a learning platform's export uses
 * @param provider who gives it
 * @param format how it is given
 * @param hours its length in hours (1 to 200)
 * @param validityMonths months a completion stays valid (1 to 120), or null for no expiry
 */
public record Course(CourseId id, String title, String provider, CourseFormat format, int hours,
		Integer validityMonths) {

	public Course {
		Objects.requireNonNull(id, "id");
		title = Names.clean("title", title, 200);
		provider = Names.clean("provider", provider, 200);
		if (format == null) {
			throw new InvalidInputException("format", "input.required", "Required");
		}
		if (hours < 1 || hours > 200) {
			throw new InvalidInputException("hours", "course.hours.range", "Between 1 and 200 hours");
		}
		if (validityMonths != null && (validityMonths < 1 || validityMonths > 120)) {
			throw new InvalidInputException("validityMonths", "course.validity.range",
					"Between 1 and 120 months, or empty for no expiry");
		}
	}

	/**
	 * The day a completion on {@code completedOn} expires (no longer valid from that
	 * day), or null.
	 */
	public LocalDate expiryOf(LocalDate completedOn) {
		return (this.validityMonths == null) ? null : completedOn.plusMonths(this.validityMonths);
	}

	/** Whether a completion on {@code completedOn} is still valid on {@code day}. */
	public boolean validOn(LocalDate completedOn, LocalDate day) {
		LocalDate expiry = expiryOf(completedOn);
		return !completedOn.isAfter(day) && (expiry == null || day.isBefore(expiry));
	}

}
