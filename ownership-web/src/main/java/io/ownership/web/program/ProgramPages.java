package io.ownership.web.program;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import io.ownership.core.program.EffectivenessQuery;
import io.ownership.core.program.TeamEffectiveness;
import io.ownership.core.program.champion.ChampionCoverage;
import io.ownership.core.program.champion.ChampionQuery;
import io.ownership.core.program.training.TeamCompletion;
import io.ownership.core.program.training.TrainingQuery;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Builds the {@link ProgramPage} overview and the {@link EffectivenessPage} in one place.
 */
@Component
class ProgramPages {

	/** Shown for a measure without a value. */
	static final String NONE = "—";

	private final ChampionQuery champions;

	private final ChampionCoverage coverage;

	private final TrainingQuery training;

	private final EffectivenessQuery effectiveness;

	private final Clock clock;

	ProgramPages(ChampionQuery champions, ChampionCoverage coverage, TrainingQuery training,
			EffectivenessQuery effectiveness, Clock clock) {
		this.champions = champions;
		this.coverage = coverage;
		this.training = training;
		this.effectiveness = effectiveness;
		this.clock = clock;
	}

	/**
	 * The overview with the leaderboard of {@code year}; this year's when none is asked
	 * or it is before 2000 or in the future.
	 */
	ProgramPage overview(Actor actor, Integer year) {
		LocalDate today = LocalDate.now(this.clock);
		int shownYear = (year == null || year < 2000 || year > today.getYear()) ? today.getYear() : year;
		TeamCompletion completion = this.training.organization(today);
		return new ProgramPage(this.coverage.organization(), completion,
				(completion.percent() == null) ? NONE : completion.percent() + " %",
				this.champions.teamsWithoutActiveChampion(), shownYear, shownYear - 1,
				(shownYear < today.getYear()) ? shownYear + 1 : null, this.champions.leaderboard(shownYear),
				mayReadEffectiveness(actor));
	}

	EffectivenessPage effectiveness(Actor actor, Locale locale) {
		if (!mayReadEffectiveness(actor)) {
			throw new ForbiddenException("program.effectiveness.forbidden",
					"Security managers and auditors read the program's effectiveness");
		}
		NumberFormat days = NumberFormat.getNumberInstance(locale);
		days.setGroupingUsed(false);
		days.setMinimumFractionDigits(1);
		days.setMaximumFractionDigits(1);
		return new EffectivenessPage(
				this.effectiveness.teams(LocalDate.now(this.clock)).stream().map((team) -> row(team, days)).toList());
	}

	private static EffectivenessPage.Row row(TeamEffectiveness team, NumberFormat days) {
		TeamCompletion training = team.training();
		return new EffectivenessPage.Row(team.name(), team.covered(), team.covered() ? "common.yes" : "common.no",
				team.covered() ? "text-bg-success" : "text-bg-warning", rate(training), team.openHighOrCritical(),
				team.overdueTreatments(), (team.medianDaysToClose() == null) ? NONE
						: days.format(team.medianDaysToClose()) + " (" + team.closedRisks() + ")");
	}

	/** A completion as "x % (done/required)", or "—" when nothing is required. */
	static String rate(TeamCompletion completion) {
		return (completion.percent() == null) ? NONE
				: completion.percent() + " % (" + completion.done() + "/" + completion.required() + ")";
	}

	private static boolean mayReadEffectiveness(Actor actor) {
		return actor.hasAny(Role.SECURITY_MANAGER, Role.AUDITOR);
	}

}
