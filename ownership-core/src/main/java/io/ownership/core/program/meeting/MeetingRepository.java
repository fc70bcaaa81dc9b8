package io.ownership.core.program.meeting;

/**
 * Port: stores community meetings with their attendance.
 */
public interface MeetingRepository {

	void save(CommunityMeeting meeting);

}
