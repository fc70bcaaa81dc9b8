package io.ownership.core.catalog.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.ownership.core.audit.FieldChange;

/**
 * What an import would do, entry by entry, and the changed records it would store.
 * Applying stores all of them or none.
 */
public final class ImportPlan {

	private final List<PlanItem> items;

	private final List<Write> writes;

	ImportPlan(List<PlanItem> items, List<Write> writes) {
		this.items = List.copyOf(items);
		this.writes = List.copyOf(writes);
	}

	public List<PlanItem> items() {
		return this.items;
	}

	public boolean hasRejections() {
		return this.items.stream().anyMatch((item) -> item.outcome() == Outcome.REJECT);
	}

	public boolean changesAnything() {
		return !this.writes.isEmpty();
	}

	/**
	 * How many entries have each outcome.
	 */
	public Map<Outcome, Long> counts() {
		Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			counts.put(outcome, 0L);
		}
		this.items.forEach((item) -> counts.merge(item.outcome(), 1L, Long::sum));
		return counts;
	}

	/**
	 * A digest of the report, so that applying can check it applies what the user saw.
	 */
	public String fingerprint() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (PlanItem item : this.items) {
				update(digest, item.ref().toString());
				update(digest, item.target());
				update(digest, item.outcome().name());
				for (FieldChange change : item.changes()) {
					update(digest, change.field());
					update(digest, String.valueOf(change.before()));
					update(digest, String.valueOf(change.after()));
				}
				item.messages().forEach((message) -> update(digest, message));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void update(MessageDigest digest, String value) {
		digest.update(value.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

	List<Write> writes() {
		return this.writes;
	}

	/**
	 * A record to store, in the order that satisfies references: people, teams, products
	 * (platforms before what runs on them), assets.
	 */
	record Write(Object aggregate, boolean created, PlanItem item) {

	}

}
