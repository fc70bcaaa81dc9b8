package io.ownership.web.program;

import java.time.Clock;
import java.time.LocalDate;

import io.ownership.core.program.champion.ChampionCoverage;
import io.ownership.core.program.champion.ChampionQuery;
import io.ownership.core.program.EffectivenessQuery;
import io.ownership.core.program.training.TrainingQuery;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.Role;
import io.ownership.web.support.KeptPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /program}: the organization's view of the program (coverage, training
 * completion, leaderboard, gaps), and {@code /program/effectiveness}, which security
 * managers and auditors read.
 */
@Controller
class ProgramController {

	private final ChampionQuery champions;

	private final ChampionCoverage coverage;

	private final TrainingQuery training;

	private final EffectivenessQuery effectiveness;

	private final Clock clock;

	ProgramController(ChampionQuery champions, ChampionCoverage coverage, TrainingQuery training,
			EffectivenessQuery effectiveness, Clock clock) {
		this.champions = champions;
		this.coverage = coverage;
		this.training = training;
		this.effectiveness = effectiveness;
		this.clock = clock;
	}

	@GetMapping("/program")
	@KeptPage
	String overview(@RequestParam(name = "year", required = false) Integer year, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		int shownYear = (year == null || year < 2000 || year > today.getYear()) ? today.getYear() : year;
		model.addAttribute("coverage", this.coverage.organization());
		model.addAttribute("teamsWithoutChampion", this.champions.teamsWithoutActiveChampion());
		model.addAttribute("training", this.training.organization(today));
		model.addAttribute("year", shownYear);
		model.addAttribute("previousYear", shownYear - 1);
		model.addAttribute("nextYear", (shownYear < today.getYear()) ? shownYear + 1 : null);
		model.addAttribute("leaderboard", this.champions.leaderboard(shownYear));
		return "program/overview";
	}

	@GetMapping("/program/effectiveness")
	String effectiveness(Actor actor, Model model) {
		if (!actor.hasAny(Role.SECURITY_MANAGER, Role.AUDITOR)) {
			throw new ForbiddenException("program.effectiveness.forbidden",
					"Security managers and auditors read the program's effectiveness");
		}
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("today", today);
		model.addAttribute("teams", this.effectiveness.teams(today));
		return "program/effectiveness";
	}

}
