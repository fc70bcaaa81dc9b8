package io.ownership.core.account;

import java.time.Duration;

/**
 * How failed logins slow an account down: after {@code maxFailures} failures in a row the
 * account refuses logins for {@code lockDuration}, whatever password is given.
 */
public record LoginThrottle(int maxFailures, Duration lockDuration) {

	public static final LoginThrottle DEFAULT = new LoginThrottle(5, Duration.ofMinutes(15));

	public LoginThrottle {
		if (maxFailures < 1) {
			throw new IllegalArgumentException("maxFailures must be positive");
		}
		if (lockDuration.isNegative() || lockDuration.isZero()) {
			throw new IllegalArgumentException("lockDuration must be positive");
		}
	}

}
