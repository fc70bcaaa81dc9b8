package io.ownership.core.program.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A community meeting with the names of the champions who attended.
 */
public record MeetingSummary(UUID id, LocalDate heldOn, String topic, List<String> attendees) {

	public MeetingSummary {
		attendees = List.copyOf(attendees);
	}

}
