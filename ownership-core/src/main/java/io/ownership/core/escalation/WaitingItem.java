package io.ownership.core.escalation;

import java.time.Instant;
import java.util.Objects;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.TeamId;

/**
 * An item that waits for someone, as a trigger finds it.
 *
 * @param item what it is, unique within its trigger (an acceptance's or a risk's id)
 * @param product the product the parties resolve for, or null (an action of a team)
 * @param team the team it belongs to when there is no product, or null
 * @param title what a person reads, e.g. "Acceptance request for SQL injection in Shop"
 * @param link the page it concerns, relative to the application
 * @param since when it started waiting, or null when the data does not say (the job then
 * counts from when it first saw it)
 */
public record WaitingItem(String item, ProductId product, TeamId team, String title, String link, Instant since) {

	public WaitingItem {
		Objects.requireNonNull(item, "item");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(link, "link");
	}

}
