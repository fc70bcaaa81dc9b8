package io.ownership.web.risk;

import java.util.Arrays;
import java.util.Locale;

import io.ownership.core.risk.AcceptanceStatus;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The sentence a person reads when the risk workflow refuses a step: the rule's message
 * with the states and levels it names as their labels, never their codes.
 */
final class Refusals {

	private Refusals() {
	}

	static String text(MessageSource messages, DomainException refusal, Locale locale) {
		Object[] arguments = Arrays.stream(refusal.arguments()).map(Refusals::label).toArray();
		return messages.getMessage(
				new DefaultMessageSourceResolvable(new String[] { refusal.code() }, arguments, refusal.getMessage()),
				locale);
	}

	private static Object label(Object argument) {
		if (argument instanceof AcceptanceStatus status) {
			return new DefaultMessageSourceResolvable("acceptance.status." + status.name());
		}
		if (argument instanceof RiskLevel level) {
			return new DefaultMessageSourceResolvable("risk.level." + level.name());
		}
		return argument;
	}

}
