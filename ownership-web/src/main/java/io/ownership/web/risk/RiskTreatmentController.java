package io.ownership.web.risk;

import java.util.UUID;

import io.ownership.core.risk.RiskId;
import io.ownership.core.risk.RiskService;
import io.ownership.core.shared.Actor;
import io.ownership.web.support.FormPost;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The treatment forms of the risk page: the security team's recommendation, the risk
 * owner's decision and treatment plan, closing and reopening. A refusal shows the page
 * again with the rule next to the form.
 */
@Controller
class RiskTreatmentController {

	private final RiskService risks;

	private final RiskPages pages;

	RiskTreatmentController(RiskService risks, RiskPages pages) {
		this.risks = risks;
		this.pages = pages;
	}

	@PostMapping("/risks/{id}/recommendation")
	String recommend(Actor actor, @PathVariable UUID id, @ModelAttribute("recommendationForm") TreatmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return act(actor, id, result, model, redirect, "risk.recommended", () -> this.risks.recommend(actor,
				new RiskId(id), form.getTreatment(), form.getNote(), form.getVersion()));
	}

	@PostMapping("/risks/{id}/decision")
	String decide(Actor actor, @PathVariable UUID id, @ModelAttribute("decisionForm") TreatmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return act(actor, id, result, model, redirect, "risk.decided",
				() -> this.risks.decide(actor, new RiskId(id), form.getTreatment(), form.getNote(), form.getVersion()));
	}

	@PostMapping("/risks/{id}/treatment")
	String planTreatment(Actor actor, @PathVariable UUID id, @ModelAttribute("treatmentForm") TreatmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return act(actor, id, result, model, redirect, "risk.treatmentPlanned", () -> this.risks.planTreatment(actor,
				new RiskId(id), form.getPlan(), form.getDue(), form.getVersion()));
	}

	@PostMapping("/risks/{id}/close")
	String close(Actor actor, @PathVariable UUID id, @ModelAttribute("closeForm") CommentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return act(actor, id, result, model, redirect, "risk.closedNow",
				() -> this.risks.close(actor, new RiskId(id), form.getComment(), form.getVersion()));
	}

	@PostMapping("/risks/{id}/reopen")
	String reopen(Actor actor, @PathVariable UUID id, @ModelAttribute("closeForm") CommentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return act(actor, id, result, model, redirect, "risk.reopened",
				() -> this.risks.reopen(actor, new RiskId(id), form.getComment(), form.getVersion()));
	}

	/**
	 * Runs a change of the risk page: redirects with a flash message when done, or shows
	 * the page again with the rule that refused it next to the form.
	 */
	private String act(Actor actor, UUID id, BindingResult result, Model model, RedirectAttributes redirect,
			String flash, Runnable change) {
		return FormPost.submit(result, redirect, flash, () -> {
			change.run();
			return "redirect:/risks/" + id;
		}, () -> this.pages.show(actor, new RiskId(id), model));
	}

}
