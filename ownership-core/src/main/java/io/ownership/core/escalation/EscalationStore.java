package io.ownership.core.escalation;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.TeamId;

/**
 * Port: the escalations the job raised. At most one open escalation per trigger and item,
 * and at most one notice per escalation and step, held by the database.
 */
public interface EscalationStore {

	/**
	 * The open escalations of a trigger, by item.
	 */
	Map<String, Open> open(String trigger);

	/**
	 * Opens the escalation of a waiting item.
	 * @return the escalation, or the one already open for the same trigger and item
	 */
	Open start(String trigger, WaitingItem item, Instant startedAt, Instant now);

	/**
	 * Records that a step was told to the given accounts.
	 * @return false when that step was already recorded (nobody is told twice)
	 */
	boolean notice(UUID escalation, int step, String party, Instant dueAt, Instant now, Collection<String> usernames);

	void close(UUID escalation, Instant now);

	/**
	 * An open escalation.
	 *
	 * @param id the escalation
	 * @param startedAt when its item started waiting
	 * @param title the item's title
	 * @param product the item's product, or null
	 * @param team the item's team when it has no product, or null
	 * @param lastStep the highest step told so far, or -1
	 */
	record Open(UUID id, Instant startedAt, String title, ProductId product, TeamId team, int lastStep) {
	}

}
