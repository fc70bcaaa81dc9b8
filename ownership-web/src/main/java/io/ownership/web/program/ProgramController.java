package io.ownership.web.program;

import java.util.Locale;

import io.ownership.core.shared.Actor;
import io.ownership.web.support.KeptPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /program}: the organization's view of the program (coverage, training
 * completion, leaderboard, gaps), and {@code /program/effectiveness}, which security
 * managers and auditors read. {@link ProgramPages} builds both pages.
 */
@Controller
class ProgramController {

	private final ProgramPages pages;

	ProgramController(ProgramPages pages) {
		this.pages = pages;
	}

	@GetMapping("/program")
	@KeptPage
	String overview(Actor actor, @RequestParam(name = "year", required = false) Integer year, Model model) {
		model.addAttribute("page", this.pages.overview(actor, year));
		return "program/overview";
	}

	@GetMapping("/program/effectiveness")
	String effectiveness(Actor actor, Locale locale, Model model) {
		model.addAttribute("page", this.pages.effectiveness(actor, locale));
		return "program/effectiveness";
	}

}
