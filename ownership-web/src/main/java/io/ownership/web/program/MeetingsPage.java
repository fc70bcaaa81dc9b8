package io.ownership.web.program;

import java.util.List;

import io.ownership.core.program.Choice;
import io.ownership.core.program.meeting.MeetingSummary;

/**
 * The community meetings ready to show, built in {@link ChampionPages}; the bound
 * {@link MeetingForm} is beside it in the model.
 *
 * @param meetings the latest meetings, newest first
 * @param mayRecord whether the viewer records meetings (a security manager)
 * @param championChoices the champions to choose attendees from, empty unless the viewer
 * records meetings
 */
record MeetingsPage(List<MeetingSummary> meetings, boolean mayRecord, List<Choice> championChoices) {

}
