package io.ownership.web.support;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.ownership.core.shared.Role;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The cases of an authorization matrix test: every role, on its own object and on a
 * foreign one, for every action, with whether the rule under test allows it; as the
 * arguments (role, "own" or "foreign", action, allowed) of a parameterized test.
 */
public final class AuthorizationCases {

	private AuthorizationCases() {
	}

	/**
	 * The rule under test: whether the role may do the action on its own object or not.
	 */
	@FunctionalInterface
	public interface Rule<A> {

		boolean allowed(Role role, boolean own, A action);

	}

	public static <A> Stream<Arguments> of(A[] actions, Rule<A> rule) {
		List<Arguments> cases = new ArrayList<>();
		for (Role role : Role.values()) {
			for (boolean own : new boolean[] { true, false }) {
				for (A action : actions) {
					cases.add(Arguments.of(role, own ? "own" : "foreign", action, rule.allowed(role, own, action)));
				}
			}
		}
		return cases.stream();
	}

}
