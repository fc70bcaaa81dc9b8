package io.ownership.core.program;

/**
 * Port: stores community meetings with their attendance.
 */
public interface MeetingRepository {

	void save(CommunityMeeting meeting);

}
