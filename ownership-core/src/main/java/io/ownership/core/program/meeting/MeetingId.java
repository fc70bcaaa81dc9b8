package io.ownership.core.program.meeting;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a community meeting of the champions.
 */
public record MeetingId(UUID value) {

	public MeetingId {
		Objects.requireNonNull(value, "value");
	}

	public static MeetingId random() {
		return new MeetingId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
