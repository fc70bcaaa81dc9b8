package io.ownership.web.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.ownership.core.program.champion.ChampionCoverage;
import io.ownership.core.program.champion.ChampionQuery;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.program.champion.ChampionStatus;
import io.ownership.core.program.champion.RosterFilter;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Builds the {@link RosterPage} and the {@link NominationPage} in one place.
 */
@Component
class RosterPages {

	/** The statuses the roster shows and filters by. */
	static final List<ChampionStatus> STATUSES = List.of(ChampionStatus.NOMINATED, ChampionStatus.ACTIVE);

	private final ChampionService champions;

	private final ChampionQuery query;

	private final ChampionCoverage coverage;

	private final Clock clock;

	RosterPages(ChampionService champions, ChampionQuery query, ChampionCoverage coverage, Clock clock) {
		this.champions = champions;
		this.query = query;
		this.coverage = coverage;
		this.clock = clock;
	}

	/**
	 * The roster of the teams the filter finds, or without teams when the filter was
	 * refused ({@code filter} null).
	 * @param queryString the request's query string, which the CSV link keeps
	 */
	RosterPage roster(Actor actor, RosterFilter filter, String queryString, PageRequest page) {
		LocalDate today = LocalDate.now(this.clock);
		boolean refused = filter == null;
		return new RosterPage(this.coverage.organization(), today.getYear(), STATUSES,
				this.champions.mayNominateForSomeTeam(actor), actor.has(Role.SECURITY_MANAGER),
				refused ? null : "/champions.csv" + ((queryString == null) ? "" : "?" + queryString),
				refused ? null : this.query.roster(filter, today, page));
	}

	NominationPage nomination() {
		return new NominationPage(this.query.teams(), this.query.people());
	}

}
