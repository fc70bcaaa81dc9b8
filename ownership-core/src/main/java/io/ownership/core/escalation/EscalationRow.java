package io.ownership.core.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An open escalation as pages show it: the item, where it waits, since when, and the last
 * party told.
 *
 * @param trigger the trigger's key
 * @param productName the product's name, or null
 * @param teamName the team's name (the product's owning team, or the action's), or null
 * @param lastParty who was told last
 * @param step the last step told, counted from 1
 */
public record EscalationRow(UUID id, String trigger, String title, String link, String productName, String teamName,
		Instant startedAt, String lastParty, int step, Instant now) {

	/** How long the item has waited. */
	public Duration waited() {
		return Duration.between(this.startedAt, this.now);
	}

	/** Whole days waited. */
	public long waitedDays() {
		return waited().toDays();
	}

	/** Hours waited beyond the whole days. */
	public long waitedHours() {
		return waited().toHoursPart();
	}

}
