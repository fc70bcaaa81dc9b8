package io.ownership.core.suggestion;

import java.time.Instant;
import java.util.Objects;

import io.ownership.core.catalog.Names;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.InvalidInputException;

/**
 * A suggestion for the security program: submitted by a user, decided by a security
 * manager (accepted, or declined with a reason), and marked done once an accepted one is
 * carried out.
 */
public final class Suggestion {

	public static final int MAX_TITLE = 200;

	public static final int MAX_TEXT = 4000;

	public static final int MAX_REASON = 1000;

	private final SuggestionId id;

	private final String submittedBy;

	private final SuggestionTopic topic;

	private final String title;

	private final String text;

	private final Instant submittedAt;

	private SuggestionStatus status;

	private String reason;

	private String decidedBy;

	private Instant decidedAt;

	private final long version;

	public Suggestion(SuggestionId id, String submittedBy, SuggestionTopic topic, String title, String text,
			Instant submittedAt, SuggestionStatus status, String reason, String decidedBy, Instant decidedAt,
			long version) {
		this.id = Objects.requireNonNull(id, "id");
		this.submittedBy = submittedBy;
		this.topic = topic;
		this.title = title;
		this.text = text;
		this.submittedAt = submittedAt;
		this.status = status;
		this.reason = reason;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
		this.version = version;
	}

	public static Suggestion submit(NewSuggestion request, String submittedBy, Instant now) {
		if (request.topic() == null) {
			throw new InvalidInputException("topic", "input.required", "Required");
		}
		String title = Names.clean("title", request.title(), MAX_TITLE);
		String text = multiLine("text", request.text(), MAX_TEXT);
		if (text == null) {
			throw new InvalidInputException("text", "input.required", "Required");
		}
		return new Suggestion(SuggestionId.random(), submittedBy, request.topic(), title, text, now,
				SuggestionStatus.SUBMITTED, null, null, null, 0);
	}

	public void accept(String manager, Instant now) {
		require(SuggestionStatus.SUBMITTED, "suggestion.rule.acceptSubmitted",
				"Only a submitted suggestion can be accepted");
		decide(SuggestionStatus.ACCEPTED, null, manager, now);
	}

	public void decline(String manager, String reason, Instant now) {
		require(SuggestionStatus.SUBMITTED, "suggestion.rule.declineSubmitted",
				"Only a submitted suggestion can be declined");
		String checked = multiLine("reason", reason, MAX_REASON);
		if (checked == null) {
			throw new InvalidInputException("reason", "suggestion.reason.required", "Say why it is declined");
		}
		decide(SuggestionStatus.DECLINED, checked, manager, now);
	}

	public void markDone(String manager, Instant now) {
		require(SuggestionStatus.ACCEPTED, "suggestion.rule.doneAccepted",
				"Only an accepted suggestion can be marked done");
		decide(SuggestionStatus.DONE, this.reason, manager, now);
	}

	private void require(SuggestionStatus expected, String code, String message) {
		if (this.status != expected) {
			throw new DomainException(code, message);
		}
	}

	private void decide(SuggestionStatus to, String why, String manager, Instant now) {
		this.status = to;
		this.reason = why;
		this.decidedBy = manager;
		this.decidedAt = now;
	}

	private static String multiLine(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new InvalidInputException(field, "input.tooLong", "At most " + max + " characters", max);
		}
		return stripped;
	}

	public SuggestionId id() {
		return this.id;
	}

	public String submittedBy() {
		return this.submittedBy;
	}

	public SuggestionTopic topic() {
		return this.topic;
	}

	public String title() {
		return this.title;
	}

	public String text() {
		return this.text;
	}

	public Instant submittedAt() {
		return this.submittedAt;
	}

	public SuggestionStatus status() {
		return this.status;
	}

	public String reason() {
		return this.reason;
	}

	public String decidedBy() {
		return this.decidedBy;
	}

	public Instant decidedAt() {
		return this.decidedAt;
	}

	public long version() {
		return this.version;
	}

}
