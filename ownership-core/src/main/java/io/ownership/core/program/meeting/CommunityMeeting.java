package io.ownership.core.program.meeting;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import io.ownership.core.catalog.Names;
import io.ownership.core.program.champion.ChampionId;
import io.ownership.core.shared.InvalidInputException;

/**
 * A meeting of the champions' community: when, about what, and which champions attended.
 */
public record CommunityMeeting(MeetingId id, LocalDate heldOn, String topic, Set<ChampionId> attendees) {

	public CommunityMeeting {
		Objects.requireNonNull(id, "id");
		if (heldOn == null) {
			throw new InvalidInputException("heldOn", "input.required", "Required");
		}
		topic = Names.clean("topic", topic, 300);
		attendees = Set.copyOf(attendees);
	}

}
