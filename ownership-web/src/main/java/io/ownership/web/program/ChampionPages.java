package io.ownership.web.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.program.champion.Champion;
import io.ownership.core.program.champion.ChampionQuery;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.program.champion.ChampionStatus;
import io.ownership.core.program.champion.ContributionKind;
import io.ownership.core.program.champion.ContributionPoints;
import io.ownership.core.program.champion.TimeUnit;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Builds a champion's {@link ChampionPage}, the {@link MeetingsPage} and the
 * {@link PointsPage} in one place.
 */
@Component
class ChampionPages {

	/** Meetings shown on the meetings page. */
	static final int MEETINGS_SHOWN = 100;

	/** History entries per page. */
	static final int HISTORY_SHOWN = 20;

	private final ChampionService champions;

	private final ChampionQuery query;

	private final CatalogService catalog;

	private final AuditQuery history;

	private final Clock clock;

	ChampionPages(ChampionService champions, ChampionQuery query, CatalogService catalog, AuditQuery history,
			Clock clock) {
		this.champions = champions;
		this.query = query;
		this.catalog = catalog;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * The champion's record, its history at {@code page}; what the viewer may change
	 * follows the status (only a security manager changes a champion).
	 */
	ChampionPage record(Actor actor, Champion champion, int page) {
		LocalDate today = LocalDate.now(this.clock);
		ContributionPoints pointTable = this.champions.points();
		ChampionStatus status = champion.status();
		boolean manager = actor.has(Role.SECURITY_MANAGER);
		return new ChampionPage(champion.id().value(),
				this.catalog.person(champion.person()).map((p) -> p.name()).orElse("?"),
				this.catalog.team(champion.team()).map((t) -> t.name()).orElse("?"), "champion.status." + status,
				(status == ChampionStatus.ACTIVE) ? "text-bg-success" : "text-bg-secondary", champion.nominatedOn(),
				champion.activatedOn(), champion.steppedDownOn(),
				(champion.time() == null) ? null : "champion.time." + champion.time().unit().name(),
				(champion.time() == null) ? 0 : champion.time().amount(), today.getYear(),
				champion.points(today.getYear(), pointTable),
				champion.certifications()
					.stream()
					.map((c) -> new ChampionPage.CertificationRow(c.name(), c.issuer(), c.obtained(), c.expires(),
							c.expiringSoon(today), c.expiredOn(today)))
					.toList(),
				champion.contributions()
					.stream()
					.map((c) -> new ChampionPage.ContributionRow(c.on(), c.kind(), c.description(),
							pointTable.of(c.kind())))
					.toList(),
				this.query.meetingsOf(champion.id()),
				this.history.search(AuditFilter.forEntity("Champion", champion.id()),
						PageRequest.of(page, HISTORY_SHOWN)),
				manager && status == ChampionStatus.NOMINATED, manager && status == ChampionStatus.ACTIVE,
				manager && status != ChampionStatus.STEPPED_DOWN, manager && status == ChampionStatus.ACTIVE,
				List.of(TimeUnit.values()), List.of(ContributionKind.values()));
	}

	/** The points per kind of contribution, which only a security manager sets. */
	PointsPage points(Actor actor) {
		return new PointsPage(List.of(ContributionKind.values()), actor.has(Role.SECURITY_MANAGER));
	}

	/**
	 * The latest meetings; only a security manager records meetings and so chooses
	 * attendees.
	 */
	MeetingsPage meetings(Actor actor) {
		boolean mayRecord = actor.has(Role.SECURITY_MANAGER);
		return new MeetingsPage(this.query.meetings(MEETINGS_SHOWN), mayRecord,
				mayRecord ? this.query.currentChampions() : List.of());
	}

}
