package io.ownership.web.program;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.program.champion.Champion;
import io.ownership.core.program.champion.ChampionQuery;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.program.champion.RosterEntry;
import io.ownership.core.program.champion.RosterFilter;
import io.ownership.core.program.champion.TeamRoster;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.PageRequest;
import io.ownership.web.support.Csv;
import io.ownership.web.support.FormErrors;
import io.ownership.web.support.FormPost;
import io.ownership.web.support.KeptPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /champions}: the roster everyone reads, a page of teams at a time with a name
 * search and filters, the same roster as CSV at {@code /champions.csv}, and the
 * nomination of a champion on its own page. The use case decides who may nominate for
 * which team.
 */
@Controller
class RosterController {

	private final ChampionService champions;

	private final ChampionQuery query;

	private final RosterPages pages;

	private final MessageSource messages;

	private final Clock clock;

	RosterController(ChampionService champions, ChampionQuery query, RosterPages pages, MessageSource messages,
			Clock clock) {
		this.champions = champions;
		this.query = query;
		this.pages = pages;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/champions")
	@KeptPage
	String roster(Actor actor, @Valid @ModelAttribute("rosterFilter") RosterFilterForm form, BindingResult result,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "25") int size, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		RosterFilter filter = FormErrors.convert(result, form::toFilter);
		if (filter == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("page",
				this.pages.roster(actor, filter, request.getQueryString(), PageRequest.of(page, size)));
		return "program/champions";
	}

	/**
	 * One line per champion the roster shows and one per team without one; the year of
	 * the points and meetings is today's.
	 */
	@GetMapping(path = "/champions.csv", produces = "text/csv")
	void export(@Valid @ModelAttribute("rosterFilter") RosterFilterForm form, BindingResult result, Locale locale,
			HttpServletResponse response) throws IOException {
		RosterFilter filter = FormErrors.convert(result, form::toFilter);
		if (filter == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType("text/plain;charset=UTF-8");
			PrintWriter out = response.getWriter();
			result.getAllErrors().forEach((error) -> out.println(this.messages.getMessage(error, locale)));
			out.flush();
			return;
		}
		List<TeamRoster> roster = this.query.roster(filter, LocalDate.now(this.clock));
		Csv.answer(response, "champions.csv", (lines) -> {
			lines.add("team", "champion", "status", "since", "time", "certifications", "expiring", "points",
					"meetings");
			for (TeamRoster team : roster) {
				if (team.champions().isEmpty()) {
					lines.add(team.name(), null, null, null, null, null, null, null, null);
				}
				for (RosterEntry entry : team.champions()) {
					lines.add(team.name(), entry.person(), entry.status(), entry.since(),
							(entry.time() == null) ? null : entry.time().amount() + " " + entry.time().unit(),
							entry.certifications(), entry.certificationsExpiring(), entry.points(),
							entry.meetingsAttended());
				}
			}
		});
	}

	@GetMapping("/champions/nominate")
	String nomination(Actor actor, @RequestParam(name = "team", required = false) UUID team, Model model) {
		this.champions.requireMayNominateForSomeTeam(actor);
		return nominationPage(NominationForm.forTeam(team), model);
	}

	@PostMapping("/champions")
	String nominate(Actor actor, @Valid @ModelAttribute("form") NominationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.champions.requireMayNominateForSomeTeam(actor);
		return FormPost.submit(result, redirect, "champion.nominated", () -> {
			Champion champion = this.champions.nominate(actor, new PersonId(form.getPerson()),
					new TeamId(form.getTeam()));
			return "redirect:/champions/" + champion.id();
		}, () -> nominationPage(form, model));
	}

	private String nominationPage(NominationForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("page", this.pages.nomination());
		return "program/nominate";
	}

}
