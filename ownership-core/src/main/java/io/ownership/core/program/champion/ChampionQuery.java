package io.ownership.core.program.champion;

import java.time.LocalDate;
import java.util.List;

import io.ownership.core.program.Choice;
import io.ownership.core.program.meeting.MeetingSummary;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;

/**
 * Port: the program's read models, each answered with a fixed number of statements.
 */
public interface ChampionQuery {

	/**
	 * One page of the teams the filter selects, each with its nominated and active
	 * champions that the filter selects; certifications counted on {@code today}, points
	 * and attendance of {@code today}'s year. Teams without an active champion come
	 * first, then by name. A fixed number of statements whatever the page size.
	 */
	Page<TeamRoster> roster(RosterFilter filter, LocalDate today, PageRequest page);

	/**
	 * Every team the filter selects, as
	 * {@link #roster(RosterFilter, LocalDate, PageRequest)} orders and fills them: for
	 * the export and the teams without an active champion.
	 */
	List<TeamRoster> roster(RosterFilter filter, LocalDate today);

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

	/**
	 * The teams without an active champion, by name.
	 */
	List<Choice> teamsWithoutActiveChampion();

	/** Every active person, by name, to pick in a form. */
	List<Choice> people();

	/** Champions not stepped down, labelled with person and team, to pick attendees. */
	List<Choice> currentChampions();

}
