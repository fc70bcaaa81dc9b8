package io.ownership.core.escalation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Port: one thing that starts a clock (an acceptance request pending, a treatment plan
 * past its due date, ...). Each trigger is one query; adding a trigger is adding one
 * implementation. An item no longer listed is resolved, and its escalation closes.
 */
public interface EscalationTrigger {

	/**
	 * The trigger's key, stored with the paths and escalations and used for the message
	 * {@code escalation.trigger.<key>}; at most 40 characters.
	 */
	String key();

	/** How the history names it, e.g. "acceptance request pending". */
	String label();

	/**
	 * The items waiting now, in one statement.
	 */
	List<WaitingItem> waiting(Instant now, ZoneId zone);

}
