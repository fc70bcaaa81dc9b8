package io.ownership.web.maturity;

import java.util.UUID;

import io.ownership.core.maturity.AssessmentId;
import io.ownership.core.maturity.MaturityService;
import io.ownership.core.shared.Actor;
import io.ownership.web.support.FormPost;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /maturity/assessments/{id}}: one assessment with its scores, its answers (a form
 * per practice while it is a draft and the user is of the team), the submission and the
 * review. A change on answers someone else saved since is refused with the current values
 * shown beside the user's, which the form keeps. {@link MaturityPages} builds the page.
 */
@Controller
@RequestMapping("/maturity/assessments/{id}")
class AssessmentController {

	private static final String VIEW = "maturity/assessment";

	private final MaturityService service;

	private final MaturityPages pages;

	AssessmentController(MaturityService service, MaturityPages pages) {
		this.service = service;
		this.pages = pages;
	}

	@GetMapping
	String show(Actor actor, @PathVariable UUID id, Model model) {
		return page(actor, new AssessmentId(id), null, null, model);
	}

	@PostMapping("/practices/{practice}")
	String answer(Actor actor, @PathVariable UUID id, @PathVariable String practice,
			@Valid @ModelAttribute("practiceForm") PracticeAnswersForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		AssessmentId assessmentId = new AssessmentId(id);
		return FormPost.edit("staleAnswers", result, model, response, redirect, "maturity.answers.saved", () -> {
			this.service.answer(actor, assessmentId, form.changes());
			return "redirect:/maturity/assessments/" + id + "#practice-" + practice;
		}, () -> {
			if (!model.containsAttribute("staleAnswers")) {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			}
			return page(actor, assessmentId, practice, form, model);
		});
	}

	@PostMapping("/submit")
	String submit(Actor actor, @PathVariable UUID id, @ModelAttribute("reviewForm") ReviewForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return step(actor, id, form, result, model, redirect, response, "maturity.submitted.flash",
				() -> this.service.submit(actor, new AssessmentId(id), form.getVersion()));
	}

	@PostMapping("/accept")
	String accept(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("reviewForm") ReviewForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return step(actor, id, form, result, model, redirect, response, "maturity.accepted.flash",
				() -> this.service.accept(actor, new AssessmentId(id), form.getVersion(), form.getComment()));
	}

	@PostMapping("/send-back")
	String sendBack(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("reviewForm") ReviewForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return step(actor, id, form, result, model, redirect, response, "maturity.sentBack.flash",
				() -> this.service.sendBack(actor, new AssessmentId(id), form.getVersion(), form.getComment()));
	}

	private String step(Actor actor, UUID id, ReviewForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response, String flash, Runnable action) {
		return FormPost.edit("stepConflict", result, model, response, redirect, flash, () -> {
			action.run();
			return "redirect:/maturity/assessments/" + id;
		}, () -> {
			boolean conflict = model.containsAttribute("stepConflict");
			if (!conflict) {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			}
			AssessmentPage page = addPage(actor, new AssessmentId(id), null, null, model);
			if (conflict) {
				// Shown the current state, the reviewer decides again on the version they
				// now see.
				form.setVersion(page.version());
			}
			return VIEW;
		});
	}

	private String page(Actor actor, AssessmentId id, String postedPractice, PracticeAnswersForm posted, Model model) {
		addPage(actor, id, postedPractice, posted, model);
		return VIEW;
	}

	private AssessmentPage addPage(Actor actor, AssessmentId id, String postedPractice, PracticeAnswersForm posted,
			Model model) {
		AssessmentPage page = this.pages.assessment(actor, id, postedPractice, posted,
				model.containsAttribute("staleAnswers"));
		model.addAttribute("page", page);
		if (!model.containsAttribute("reviewForm")) {
			model.addAttribute("reviewForm", ReviewForm.of(page.version()));
		}
		return page;
	}

}
