package io.ownership.core.program.champion;

import java.util.UUID;

/**
 * A champion's points in a year.
 */
public record LeaderboardEntry(int rank, UUID champion, String person, String team, int contributions, int points) {

}
