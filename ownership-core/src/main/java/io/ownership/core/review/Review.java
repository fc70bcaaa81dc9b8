package io.ownership.core.review;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.shared.InvalidInputException;

/**
 * A security review or retrospective a team held: on which day, who took part, what was
 * noted. It is recorded once it has been held; its actions are follow-up actions whose
 * source is the review.
 */
public final class Review {

	public static final int MAX_NOTES = 4000;

	private final ReviewId id;

	private final TeamId team;

	private final ReviewKind kind;

	private final LocalDate heldOn;

	private final Set<PersonId> participants;

	private final String notes;

	private final String createdBy;

	public Review(ReviewId id, TeamId team, ReviewKind kind, LocalDate heldOn, Set<PersonId> participants, String notes,
			String createdBy) {
		this.id = Objects.requireNonNull(id, "id");
		this.team = Objects.requireNonNull(team, "team");
		this.kind = kind;
		this.heldOn = heldOn;
		this.participants = Set.copyOf(participants);
		this.notes = notes;
		this.createdBy = createdBy;
	}

	/**
	 * Records a review held on or before {@code today} with at least one participant.
	 */
	public static Review record(NewReview request, String createdBy, LocalDate today) {
		if (request.kind() == null) {
			throw new InvalidInputException("kind", "input.required", "Required");
		}
		if (request.heldOn() == null) {
			throw new InvalidInputException("heldOn", "input.required", "Required");
		}
		if (request.heldOn().isAfter(today)) {
			throw new InvalidInputException("heldOn", "review.heldOn.future", "A review is recorded once held");
		}
		if (request.participants() == null || request.participants().isEmpty()) {
			throw new InvalidInputException("participants", "review.participants.required",
					"Name at least one participant");
		}
		String notes = (request.notes() == null || request.notes().isBlank()) ? null : request.notes().strip();
		if (notes != null && notes.length() > MAX_NOTES) {
			throw new InvalidInputException("notes", "input.tooLong", "At most " + MAX_NOTES + " characters",
					MAX_NOTES);
		}
		return new Review(ReviewId.random(), request.team(), request.kind(), request.heldOn(),
				new LinkedHashSet<>(request.participants()), notes, createdBy);
	}

	/**
	 * How the review is named where its actions are listed: "Retrospective of
	 * 2026-11-20".
	 */
	public String label() {
		return this.kind.label() + " of " + this.heldOn;
	}

	public ReviewId id() {
		return this.id;
	}

	public TeamId team() {
		return this.team;
	}

	public ReviewKind kind() {
		return this.kind;
	}

	public LocalDate heldOn() {
		return this.heldOn;
	}

	public Set<PersonId> participants() {
		return this.participants;
	}

	public String notes() {
		return this.notes;
	}

	public String createdBy() {
		return this.createdBy;
	}

}
