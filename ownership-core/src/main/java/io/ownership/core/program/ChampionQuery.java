package io.ownership.core.program;

import java.time.LocalDate;
import java.util.List;

/**
 * Port: the program's read models, each answered with a fixed number of statements.
 */
public interface ChampionQuery {

	/**
	 * Every team with its nominated and active champions; certifications counted on
	 * {@code today}, points and attendance of {@code today}'s year. Teams without an
	 * active champion come first.
	 */
	List<TeamRoster> roster(LocalDate today);

	/**
	 * Champions by points of contributions dated in the year, highest first; only
	 * champions with points.
	 */
	List<LeaderboardEntry> leaderboard(int year);

	/** Meetings, newest first, at most {@code limit}. */
	List<MeetingSummary> meetings(int limit);

	/** Meetings a champion attended, newest first. */
	List<MeetingSummary> meetingsOf(ChampionId champion);

	/** Every team, by name, to pick in a form. */
	List<Choice> teams();

	/** Every active person, by name, to pick in a form. */
	List<Choice> people();

	/** Champions not stepped down, labelled with person and team, to pick attendees. */
	List<Choice> currentChampions();

}
