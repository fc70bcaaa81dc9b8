package io.ownership.web.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import io.ownership.core.risk.AcceptanceId;
import io.ownership.core.risk.acceptance.AcceptanceService;
import io.ownership.core.risk.acceptance.ApprovalFilter;
import io.ownership.core.risk.RiskAcceptance;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.shared.StaleVersionException;
import io.ownership.web.support.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /approvals}: the security managers' inbox of escalated acceptance requests, each
 * with the reasons it escalated, filtered by age, product and level; approve or reject
 * with a comment. A refused decision says why and what to do, on the request's card or,
 * when it has left the inbox, at the top of the page.
 */
@Controller
class ApprovalsController {

	private final AcceptanceService acceptances;

	private final RiskQuery query;

	private final RiskAccess access;

	private final MessageSource messages;

	private final Clock clock;

	ApprovalsController(AcceptanceService acceptances, RiskQuery query, RiskAccess access, MessageSource messages,
			Clock clock) {
		this.acceptances = acceptances;
		this.query = query;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/approvals")
	String inbox(Actor actor, @Valid @ModelAttribute("approvalFilter") ApprovalFilterForm form, BindingResult result,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size, Model model,
			HttpServletResponse response) {
		this.access.requireSecurityManager(actor);
		model.addAttribute("me", actor.username());
		model.addAttribute("levels", RiskLevel.values());
		ApprovalFilter filter = FormErrors.convert(result, form::toFilter);
		if (filter == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			filter = ApprovalFilter.ALL;
		}
		model.addAttribute("pending",
				this.query.pending(filter, LocalDate.now(this.clock), PageRequest.of(page, size)));
		return "risk/approvals";
	}

	@PostMapping("/approvals/{id}/approve")
	String approve(Actor actor, @PathVariable UUID id, @ModelAttribute CommentForm form, RedirectAttributes redirect,
			Locale locale) {
		return decide(actor, id, form, redirect, locale, true);
	}

	@PostMapping("/approvals/{id}/reject")
	String reject(Actor actor, @PathVariable UUID id, @ModelAttribute CommentForm form, RedirectAttributes redirect,
			Locale locale) {
		return decide(actor, id, form, redirect, locale, false);
	}

	private String decide(Actor actor, UUID id, CommentForm form, RedirectAttributes redirect, Locale locale,
			boolean approve) {
		try {
			RiskAcceptance acceptance = approve
					? this.acceptances.approve(actor, new AcceptanceId(id), form.getComment(), form.getVersion())
					: this.acceptances.reject(actor, new AcceptanceId(id), form.getComment(), form.getVersion());
			redirect.addFlashAttribute("flash", approve ? (acceptance.approvals().size() < acceptance.approvalsNeeded()
					? "approval.firstOfTwo" : "approval.approved") : "approval.rejected");
		}
		catch (StaleVersionException ex) {
			// Another manager approved first (the request still waits): show it again.
			refused(redirect, id, form, this.messages.getMessage("approval.stale", null, locale));
		}
		catch (DomainException ex) {
			refused(redirect, id, form, Refusals.text(this.messages, ex, locale));
		}
		return "redirect:/approvals";
	}

	private static void refused(RedirectAttributes redirect, UUID id, CommentForm form, String text) {
		redirect.addFlashAttribute("approvalError", text);
		redirect.addFlashAttribute("approvalErrorId", id);
		redirect.addFlashAttribute("approvalComment", form.getComment());
	}

}
