package io.ownership.web.risk;

import java.util.Locale;
import java.util.UUID;

import io.ownership.core.risk.AcceptanceId;
import io.ownership.core.risk.acceptance.AcceptanceService;
import io.ownership.core.risk.AcceptanceStatus;
import io.ownership.core.risk.guardrail.GuardrailEvaluation;
import io.ownership.core.risk.RiskAcceptance;
import io.ownership.core.risk.RiskId;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.web.support.FormErrors;
import io.ownership.web.support.FormPost;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The acceptance forms of the risk page: the risk owner's request (and the guardrails'
 * verdict on it, as the expiry changes or on the "Check" button), withdrawing it, and a
 * security manager's revocation. Approving and rejecting are on {@code /approvals}.
 */
@Controller
class RiskAcceptanceController {

	private final AcceptanceService acceptances;

	private final RiskPages pages;

	private final MessageSource messages;

	RiskAcceptanceController(AcceptanceService acceptances, RiskPages pages, MessageSource messages) {
		this.acceptances = acceptances;
		this.pages = pages;
		this.messages = messages;
	}

	/**
	 * The acceptance request; the "Check" button only shows what the guardrails would
	 * say, without requesting.
	 */
	@PostMapping("/risks/{id}/acceptances")
	String request(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("acceptanceForm") AcceptanceForm form,
			BindingResult result, @RequestParam(name = "check", required = false) String check, Model model,
			RedirectAttributes redirect, Locale locale) {
		RiskId riskId = new RiskId(id);
		if (check != null) {
			return this.pages.show(actor, riskId, model, evaluate(actor, riskId, form, result));
		}
		// A request already waiting, or the same form sent twice: the form may not be on
		// the page any more, so the refusal is said at its top.
		return FormPost.submit(result, redirect, null, () -> {
			RiskAcceptance acceptance = this.acceptances.request(actor, riskId, form.request(), form.getRiskVersion());
			redirect.addFlashAttribute("flash",
					acceptance.autonomous() ? "acceptance.activated" : "acceptance.pending");
			return "redirect:/risks/" + id;
		}, () -> this.pages.show(actor, riskId, model), (refusal) -> {
			redirect.addFlashAttribute("refusal", Refusals.text(this.messages, refusal, locale));
			return "redirect:/risks/" + id;
		});
	}

	/**
	 * The htmx call made as the risk owner changes the expiry: the verdict and its
	 * reasons, as a fragment.
	 */
	@PostMapping("/risks/{id}/acceptances/evaluation")
	String evaluation(Actor actor, @PathVariable UUID id, @ModelAttribute("acceptanceForm") AcceptanceForm form,
			BindingResult result, Model model) {
		RiskPage.Feedback verdict = evaluate(actor, new RiskId(id), form, result);
		model.addAttribute("evaluation", verdict.evaluation());
		model.addAttribute("expiryProblem", verdict.expiryProblem());
		return RiskPages.VIEW + " :: evaluation";
	}

	/**
	 * The guardrails' verdict on the form's expiry; an expiry they refuse is shown next
	 * to its field.
	 */
	private RiskPage.Feedback evaluate(Actor actor, RiskId id, AcceptanceForm form, BindingResult result) {
		try {
			GuardrailEvaluation evaluation = this.acceptances.evaluate(actor, id, form.getExpiresOn());
			return RiskPage.Feedback.evaluated(evaluation, null);
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
			return RiskPage.Feedback.evaluated(null, ex);
		}
	}

	/**
	 * Withdrawing a pending request. Refused for another risk owner than the requester:
	 * said on the pending request's card; a request no longer pending has no withdraw
	 * form, so it is said at the top.
	 */
	@PostMapping("/acceptances/{id}/withdraw")
	String withdraw(Actor actor, @PathVariable UUID id, @ModelAttribute("commentForm") CommentForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		RiskAcceptance current = this.acceptances.load(new AcceptanceId(id));
		return FormPost.submit(result, redirect, "acceptance.withdrawn", () -> {
			this.acceptances.withdraw(actor, current.id(), form.getComment(), form.getVersion());
			return "redirect:/risks/" + current.risk();
		}, () -> this.pages.show(actor, current.risk(), model), (refusal) -> {
			String top = (current.status() != AcceptanceStatus.PENDING) ? Refusals.text(this.messages, refusal, locale)
					: null;
			return this.pages.show(actor, current.risk(), model,
					RiskPage.Feedback.withdrawRefused(refusal.code(), top));
		});
	}

	/**
	 * Revoking an active acceptance; one not active (pending, ended) has no revoke form
	 * to show the refusal, so it is said at the top.
	 */
	@PostMapping("/acceptances/{id}/revoke")
	String revoke(Actor actor, @PathVariable UUID id, @ModelAttribute("revokeForm") CommentForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		RiskAcceptance current = this.acceptances.load(new AcceptanceId(id));
		return FormPost.submit(result, redirect, "acceptance.revoked", () -> {
			this.acceptances.revoke(actor, current.id(), form.getComment(), form.getVersion());
			return "redirect:/risks/" + current.risk();
		}, () -> this.pages.show(actor, current.risk(), model), (refusal) -> this.pages.show(actor, current.risk(),
				model, RiskPage.Feedback.refusal(Refusals.text(this.messages, refusal, locale))));
	}

}
