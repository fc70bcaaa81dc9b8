package io.ownership.core.escalation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The unit of a step's delay: hours, or working days (Monday to Friday; Saturday and
 * Sunday are skipped).
 */
public enum DelayUnit {

	HOURS, WORKING_DAYS;

	/**
	 * The instant {@code amount} units after {@code from}, working days counted in the
	 * given zone at the same time of day.
	 */
	public Instant add(Instant from, int amount, ZoneId zone) {
		if (this == HOURS) {
			return from.plusSeconds(3600L * amount);
		}
		ZonedDateTime at = from.atZone(zone);
		int left = amount;
		while (left > 0) {
			at = at.plusDays(1);
			if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return at.toInstant();
	}

	/** How a person reads it, e.g. "2 working days". */
	public String describe(int amount) {
		if (this == HOURS) {
			return amount + ((amount == 1) ? " hour" : " hours");
		}
		return amount + ((amount == 1) ? " working day" : " working days");
	}

}
