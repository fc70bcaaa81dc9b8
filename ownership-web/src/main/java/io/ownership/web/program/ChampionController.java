package io.ownership.web.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.program.champion.Certification;
import io.ownership.core.program.champion.Champion;
import io.ownership.core.program.champion.ChampionId;
import io.ownership.core.program.champion.ChampionQuery;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.program.Choice;
import io.ownership.core.program.champion.Contribution;
import io.ownership.core.program.champion.ContributionKind;
import io.ownership.core.program.champion.ContributionPoints;
import io.ownership.core.program.champion.TimeAllocation;
import io.ownership.core.program.champion.TimeUnit;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.PageRequest;
import io.ownership.web.support.FormPost;
import io.ownership.core.shared.Role;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /champions/...}: each champion's record with its history, the community meetings
 * and the points per kind of contribution (the roster and the nomination are
 * {@link RosterController}'s). The use cases decide who may change what.
 */
@Controller
@RequestMapping("/champions")
class ChampionController {

	private final ChampionService champions;

	private final ChampionQuery query;

	private final CatalogService catalog;

	private final AuditQuery history;

	private final Clock clock;

	ChampionController(ChampionService champions, ChampionQuery query, CatalogService catalog, AuditQuery history,
			Clock clock) {
		this.champions = champions;
		this.query = query;
		this.catalog = catalog;
		this.history = history;
		this.clock = clock;
	}

	@ModelAttribute("timeUnits")
	TimeUnit[] timeUnits() {
		return TimeUnit.values();
	}

	@ModelAttribute("contributionKinds")
	ContributionKind[] contributionKinds() {
		return ContributionKind.values();
	}

	@GetMapping("/{id}")
	String record(@PathVariable UUID id, @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		return recordPage(new ChampionId(id), page, model);
	}

	@PostMapping("/{id}/activate")
	String activate(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return lifecycle(() -> this.champions.activate(actor, new ChampionId(id)), id, "champion.activated", redirect);
	}

	@PostMapping("/{id}/step-down")
	String stepDown(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return lifecycle(() -> this.champions.stepDown(actor, new ChampionId(id)), id, "champion.steppedDown.flash",
				redirect);
	}

	private String lifecycle(Runnable step, UUID id, String flash, RedirectAttributes redirect) {
		String back = "redirect:/champions/" + id;
		return FormPost.act(redirect, flash, () -> {
			step.run();
			return back;
		}, back);
	}

	@PostMapping("/{id}/time")
	String allocateTime(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("timeForm") TimeForm timeForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormPost.submit(result, redirect, "champion.timeSet", () -> {
			this.champions.allocateTime(actor, new ChampionId(id),
					new TimeAllocation(timeForm.getAmount(), timeForm.getUnit()));
			return "redirect:/champions/" + id;
		}, () -> recordPage(new ChampionId(id), 0, model));
	}

	@PostMapping("/{id}/certifications")
	String certify(Actor actor, @PathVariable UUID id,
			@Valid @ModelAttribute("certificationForm") CertificationForm certificationForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormPost.submit(result, redirect, "champion.certified", () -> {
			this.champions.certify(actor, new ChampionId(id), new Certification(certificationForm.getName(),
					certificationForm.getIssuer(), certificationForm.getObtained(), certificationForm.getExpires()));
			return "redirect:/champions/" + id;
		}, () -> recordPage(new ChampionId(id), 0, model));
	}

	@PostMapping("/{id}/contributions")
	String recognize(Actor actor, @PathVariable UUID id,
			@Valid @ModelAttribute("contributionForm") ContributionForm contributionForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormPost.submit(result, redirect, "champion.recognized", () -> {
			this.champions.recognize(actor, new ChampionId(id), new Contribution(contributionForm.getKind(),
					contributionForm.getOn(), contributionForm.getDescription()));
			return "redirect:/champions/" + id;
		}, () -> recordPage(new ChampionId(id), 0, model));
	}

	private String recordPage(ChampionId id, int page, Model model) {
		Champion champion = this.champions.load(id);
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("champion", champion);
		model.addAttribute("personName", this.catalog.person(champion.person()).map((p) -> p.name()).orElse("?"));
		model.addAttribute("teamName", this.catalog.team(champion.team()).map((t) -> t.name()).orElse("?"));
		model.addAttribute("today", today);
		ContributionPoints pointTable = this.champions.points();
		model.addAttribute("points", champion.points(today.getYear(), pointTable));
		model.addAttribute("pointTable", pointTable);
		model.addAttribute("meetings", this.query.meetingsOf(id));
		model.addAttribute("history",
				this.history.search(AuditFilter.forEntity("Champion", id), PageRequest.of(page, 20)));
		if (!model.containsAttribute("timeForm")) {
			model.addAttribute("timeForm", TimeForm.of(champion.time()));
		}
		if (!model.containsAttribute("certificationForm")) {
			model.addAttribute("certificationForm", new CertificationForm());
		}
		if (!model.containsAttribute("contributionForm")) {
			model.addAttribute("contributionForm", ContributionForm.on(today));
		}
		return "program/champion";
	}

	@GetMapping("/meetings")
	String meetings(Actor actor, Model model) {
		return meetingsPage(actor, MeetingForm.on(LocalDate.now(this.clock)), model);
	}

	@PostMapping("/meetings")
	String recordMeeting(Actor actor, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormPost.submit(result, redirect, "meeting.recorded", () -> {
			this.champions.recordMeeting(actor, form.getHeldOn(), form.getTopic(),
					new HashSet<>(form.getAttendees().stream().map(ChampionId::new).toList()));
			return "redirect:/champions/meetings";
		}, () -> meetingsPage(actor, form, model));
	}

	private String meetingsPage(Actor actor, MeetingForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("meetings", this.query.meetings(100));
		// Only a security manager records meetings and so chooses attendees.
		model.addAttribute("championChoices",
				actor.has(Role.SECURITY_MANAGER) ? this.query.currentChampions() : List.<Choice>of());
		return "program/meetings";
	}

	@GetMapping("/points")
	String points(Model model) {
		model.addAttribute("form", PointsForm.of(this.champions.points()));
		return "program/points";
	}

	@PostMapping("/points")
	String setPoints(Actor actor, @Valid @ModelAttribute("form") PointsForm form, BindingResult result,
			RedirectAttributes redirect) {
		return FormPost.submit(result, redirect, "champion.pointsSet", () -> {
			this.champions.setPoints(actor, form.toPoints());
			return "redirect:/champions/points";
		}, () -> "program/points");
	}

}
