package io.ownership.web.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.UUID;

import io.ownership.core.program.champion.Certification;
import io.ownership.core.program.champion.Champion;
import io.ownership.core.program.champion.ChampionId;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.program.champion.Contribution;
import io.ownership.core.program.champion.TimeAllocation;
import io.ownership.core.shared.Actor;
import io.ownership.web.support.FormPost;
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

	private final ChampionPages pages;

	private final Clock clock;

	ChampionController(ChampionService champions, ChampionPages pages, Clock clock) {
		this.champions = champions;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/{id}")
	String record(Actor actor, @PathVariable UUID id, @RequestParam(name = "page", defaultValue = "0") int page,
			Model model) {
		return recordPage(actor, new ChampionId(id), page, model);
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
		}, () -> recordPage(actor, new ChampionId(id), 0, model));
	}

	@PostMapping("/{id}/certifications")
	String certify(Actor actor, @PathVariable UUID id,
			@Valid @ModelAttribute("certificationForm") CertificationForm certificationForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormPost.submit(result, redirect, "champion.certified", () -> {
			this.champions.certify(actor, new ChampionId(id), new Certification(certificationForm.getName(),
					certificationForm.getIssuer(), certificationForm.getObtained(), certificationForm.getExpires()));
			return "redirect:/champions/" + id;
		}, () -> recordPage(actor, new ChampionId(id), 0, model));
	}

	@PostMapping("/{id}/contributions")
	String recognize(Actor actor, @PathVariable UUID id,
			@Valid @ModelAttribute("contributionForm") ContributionForm contributionForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormPost.submit(result, redirect, "champion.recognized", () -> {
			this.champions.recognize(actor, new ChampionId(id), new Contribution(contributionForm.getKind(),
					contributionForm.getOn(), contributionForm.getDescription()));
			return "redirect:/champions/" + id;
		}, () -> recordPage(actor, new ChampionId(id), 0, model));
	}

	private String recordPage(Actor actor, ChampionId id, int page, Model model) {
		Champion champion = this.champions.load(id);
		model.addAttribute("page", this.pages.record(actor, champion, page));
		if (!model.containsAttribute("timeForm")) {
			model.addAttribute("timeForm", TimeForm.of(champion.time()));
		}
		if (!model.containsAttribute("certificationForm")) {
			model.addAttribute("certificationForm", new CertificationForm());
		}
		if (!model.containsAttribute("contributionForm")) {
			model.addAttribute("contributionForm", ContributionForm.on(LocalDate.now(this.clock)));
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
		model.addAttribute("page", this.pages.meetings(actor));
		return "program/meetings";
	}

	@GetMapping("/points")
	String points(Actor actor, Model model) {
		return pointsPage(actor, PointsForm.of(this.champions.points()), model);
	}

	@PostMapping("/points")
	String setPoints(Actor actor, @Valid @ModelAttribute("form") PointsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(result, redirect, "champion.pointsSet", () -> {
			this.champions.setPoints(actor, form.toPoints());
			return "redirect:/champions/points";
		}, () -> pointsPage(actor, form, model));
	}

	private String pointsPage(Actor actor, PointsForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("page", this.pages.points(actor));
		return "program/points";
	}

}
