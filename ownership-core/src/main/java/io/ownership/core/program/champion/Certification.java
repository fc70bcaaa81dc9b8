package io.ownership.core.program.champion;

import java.time.LocalDate;

import io.ownership.core.catalog.Names;
import io.ownership.core.shared.InvalidInputException;

/**
 * A certification a champion holds: its name, who issued it, when it was obtained and,
 * when it does, when it expires.
 */
public record Certification(String name, String issuer, LocalDate obtained, LocalDate expires) {

	/** A certification expiring within this many days is highlighted. */
	public static final int EXPIRY_WARNING_DAYS = 60;

	public Certification {
		name = Names.clean("name", name, 200);
		issuer = Names.clean("issuer", issuer, 200);
		if (obtained == null) {
			throw new InvalidInputException("obtained", "input.required", "Required");
		}
		if (expires != null && !expires.isAfter(obtained)) {
			throw new InvalidInputException("expires", "certification.expires.beforeObtained",
					"A certification expires after it was obtained");
		}
	}

	/** Expired on {@code today}: the expiry date has been reached. */
	public boolean expiredOn(LocalDate today) {
		return this.expires != null && !this.expires.isAfter(today);
	}

	/**
	 * Still valid on {@code today} but expiring within {@value #EXPIRY_WARNING_DAYS} days
	 * (inclusive).
	 */
	public boolean expiringSoon(LocalDate today) {
		return this.expires != null && !expiredOn(today) && !this.expires.isAfter(today.plusDays(EXPIRY_WARNING_DAYS));
	}

}
