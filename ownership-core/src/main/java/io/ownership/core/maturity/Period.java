package io.ownership.core.maturity;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.ownership.core.shared.InvalidInputException;

/**
 * The quarter an assessment describes, written {@code 2026-Q4}.
 */
public record Period(int year, int quarter) implements Comparable<Period> {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

	public Period {
		if (year < 2000 || year > 2999 || quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("period " + year + "-Q" + quarter);
		}
	}

	public static Period of(LocalDate day) {
		return new Period(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	public static Period parse(String field, String text) {
		Matcher matcher = FORMAT.matcher((text == null) ? "" : text.trim());
		if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < 2000) {
			throw new InvalidInputException(field, "maturity.period.invalid",
					"A period is a year and a quarter, such as 2026-Q4", text);
		}
		return new Period(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
	}

	public Period previous() {
		return (this.quarter == 1) ? new Period(this.year - 1, 4) : new Period(this.year, this.quarter - 1);
	}

	public LocalDate start() {
		return LocalDate.of(this.year, (this.quarter - 1) * 3 + 1, 1);
	}

	@Override
	public int compareTo(Period other) {
		return Integer.compare(this.year * 4 + this.quarter, other.year * 4 + other.quarter);
	}

	@Override
	public String toString() {
		return this.year + "-Q" + this.quarter;
	}

	/** How a person reads it: {@code 2026 Q4}. */
	public String label() {
		return this.year + " Q" + this.quarter;
	}

}
