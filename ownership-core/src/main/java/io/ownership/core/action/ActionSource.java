package io.ownership.core.action;

import java.util.Objects;

/**
 * Where a follow-up action comes from: the kind of source, a reference the source's
 * feature understands (for a maturity gap, the practice code) and a label a person reads
 * (the practice's name).
 */
public record ActionSource(Kind kind, String reference, String label) {

	public ActionSource {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(label, "label");
	}

	/**
	 * The kinds of source.
	 */
	public enum Kind {

		/** A practice whose score falls short of its target. */
		MATURITY_GAP,

		/**
		 * The post-mortem of a security incident (reference: the incident's id; label:
		 * its title).
		 */
		POST_MORTEM

	}

}
