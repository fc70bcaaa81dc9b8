package io.ownership.web.maturity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.maturity.Answer;
import io.ownership.core.maturity.AnswerLevel;
import io.ownership.core.maturity.Assessment;
import io.ownership.core.maturity.AssessmentId;
import io.ownership.core.maturity.AssessmentStatus;
import io.ownership.core.maturity.MaturityAccess;
import io.ownership.core.maturity.MaturityModel;
import io.ownership.core.maturity.MaturityService;
import io.ownership.core.maturity.ModelActivity;
import io.ownership.core.maturity.Scorecard;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.PageRequest;
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
 * shown beside the user's, which the form keeps.
 */
@Controller
@RequestMapping("/maturity/assessments/{id}")
class AssessmentController {

	private final MaturityService service;

	private final MaturityAccess access;

	private final CatalogService catalog;

	private final AuditQuery history;

	AssessmentController(MaturityService service, MaturityAccess access, CatalogService catalog, AuditQuery history) {
		this.service = service;
		this.access = access;
		this.catalog = catalog;
		this.history = history;
	}

	@ModelAttribute("answerLevels")
	AnswerLevel[] answerLevels() {
		return AnswerLevel.values();
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
			if (model.containsAttribute("stepConflict")) {
				// Shown the current state, the reviewer decides again on the version they
				// now see.
				form.setVersion(this.service.load(new AssessmentId(id)).version());
			}
			else {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			}
			return page(actor, new AssessmentId(id), null, null, model);
		});
	}

	private String page(Actor actor, AssessmentId id, String postedPractice, PracticeAnswersForm posted, Model model) {
		Assessment assessment = this.service.load(id);
		MaturityModel maturityModel = this.service.model(assessment.modelVersion());
		String teamName = this.catalog.team(assessment.team())
			.map((team) -> team.name())
			.orElseThrow(() -> new NotFoundException("Team", assessment.team()));
		Assessment previous = this.service.latestBefore(assessment.team(), assessment.period()).orElse(null);
		Scorecard scores = assessment.score(maturityModel);
		Scorecard previousScores = (previous == null) ? null
				: previous.score(this.service.model(previous.modelVersion()));
		boolean draft = assessment.status() == AssessmentStatus.DRAFT;
		boolean mayEdit = draft && this.access.mayEdit(actor, assessment.team());
		model.addAttribute("assessment", assessment);
		model.addAttribute("maturityModel", maturityModel);
		model.addAttribute("teamName", teamName);
		model.addAttribute("previous", previous);
		model.addAttribute("scores", scores);
		model.addAttribute("practiceRows",
				ScoreRows.practices(maturityModel, scores, previousScores, this.service.targets(assessment.team())));
		model.addAttribute("functionRows",
				ScoreRows.functions(maturityModel, scores, previousScores, this.service.targets(assessment.team())));
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("maySubmit", draft && this.access.maySubmit(actor, assessment.team()));
		model.addAttribute("mayReview",
				assessment.status() == AssessmentStatus.SUBMITTED && this.access.mayReview(actor));
		Map<String, PracticeAnswersForm> forms = new LinkedHashMap<>();
		for (MaturityModel.Practice practice : maturityModel.practices()) {
			if (practice.code().equals(postedPractice) && posted != null) {
				forms.put(practice.code(), posted);
				continue;
			}
			PracticeAnswersForm form = new PracticeAnswersForm();
			for (ModelActivity activity : practice.activities()) {
				AnswerRow row = new AnswerRow();
				row.setActivity(activity.key());
				Answer answer = assessment.answerTo(activity.key());
				if (answer != null) {
					row.setLevel(answer.level());
					row.setNote(answer.note());
					row.setEvidence(answer.evidence());
					row.setVersion(answer.version());
				}
				form.getAnswers().add(row);
			}
			forms.put(practice.code(), form);
		}
		if (model.containsAttribute("staleAnswers")) {
			// Someone else saved some of these answers: shown as they are now, the person
			// saves again on the versions they now see.
			model.addAttribute("conflict", posted.takeVersionsOf(assessment));
		}
		model.addAttribute("forms", forms);
		model.addAttribute("postedPractice", postedPractice);
		if (!model.containsAttribute("reviewForm")) {
			ReviewForm review = new ReviewForm();
			review.setVersion(assessment.version());
			model.addAttribute("reviewForm", review);
		}
		model.addAttribute("history",
				this.history.search(AuditFilter.forEntity("Assessment", id), PageRequest.of(0, 50)));
		return "maturity/assessment";
	}

}
