package io.ownership.core.threat;

import java.util.ArrayList;
import java.util.List;

/**
 * The team's answers about a backlog item: does it touch authentication or authorization,
 * customer data, a new external interface, a new third-party component, cryptography, the
 * platform? Any yes suggests a threat model; the team still decides.
 */
public record Triage(boolean authentication, boolean customerData, boolean externalInterface,
		boolean thirdPartyComponent, boolean cryptography, boolean platform) {

	public static final Triage NOTHING = new Triage(false, false, false, false, false, false);

	/**
	 * Whether the answers suggest a threat model: any of them is yes.
	 */
	public boolean suggestsThreatModel() {
		return !touched().isEmpty();
	}

	/**
	 * What the item touches, in the order of the questions.
	 */
	public List<Topic> touched() {
		List<Topic> topics = new ArrayList<>();
		add(topics, this.authentication, Topic.AUTHENTICATION);
		add(topics, this.customerData, Topic.CUSTOMER_DATA);
		add(topics, this.externalInterface, Topic.EXTERNAL_INTERFACE);
		add(topics, this.thirdPartyComponent, Topic.THIRD_PARTY_COMPONENT);
		add(topics, this.cryptography, Topic.CRYPTOGRAPHY);
		add(topics, this.platform, Topic.PLATFORM);
		return List.copyOf(topics);
	}

	private static void add(List<Topic> topics, boolean answer, Topic topic) {
		if (answer) {
			topics.add(topic);
		}
	}

	/**
	 * The triage questions, with the words the history uses.
	 */
	public enum Topic {

		AUTHENTICATION("authentication or authorization"), CUSTOMER_DATA("customer data"),
		EXTERNAL_INTERFACE("a new external interface"), THIRD_PARTY_COMPONENT("a new third-party component"),
		CRYPTOGRAPHY("cryptography"), PLATFORM("the platform");

		private final String label;

		Topic(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
