package io.ownership.web.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.ownership.core.review.Review;
import io.ownership.core.review.ReviewKind;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A review as typed: its kind, the day it was held, the participants and the notes.
 */
public class ReviewForm {

	@NotNull(message = "{input.required}")
	private ReviewKind kind;

	@NotNull(message = "{input.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;

	@NotEmpty(message = "{review.participants.required}")
	private List<UUID> participants = new ArrayList<>();

	@Size(max = Review.MAX_NOTES, message = "{review.notes.tooLong}")
	private String notes;

	public ReviewKind getKind() {
		return this.kind;
	}

	public void setKind(ReviewKind kind) {
		this.kind = kind;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public List<UUID> getParticipants() {
		return this.participants;
	}

	public void setParticipants(List<UUID> participants) {
		this.participants = participants;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
