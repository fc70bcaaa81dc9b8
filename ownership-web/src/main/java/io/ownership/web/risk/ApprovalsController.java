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
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.web.support.FormErrors;
import io.ownership.web.support.FormPost;
import io.ownership.web.support.KeptPage;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /approvals}: the security managers' inbox of escalated acceptance requests, each
 * with the reasons it escalated, filtered by age, product and level; approve or reject
 * with a comment. A refused decision says why and what to do, on the request's card or,
 * when it has left the inbox, at the top of the page.
 */
@Controller
class ApprovalsController {

	private static final String INBOX = "redirect:/approvals";

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

	/**
	 * The inbox: a page of request cards, the levels to filter by, and a refused decision
	 * of a request no longer in the inbox, said at the top.
	 */
	record ApprovalsPage(Page<ApprovalCard> pending, RiskLevel[] levels, String refusedAtTop) {

	}

	@KeptPage
	@GetMapping("/approvals")
	String inbox(Actor actor, @Valid @ModelAttribute("approvalFilter") ApprovalFilterForm form, BindingResult result,
			Model model, HttpServletResponse response, Locale locale) {
		this.access.requireSecurityManager(actor);
		ApprovalFilter filter = FormErrors.convert(result, form::toFilter);
		PageRequest page = form.pageRequest();
		if (filter == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			filter = ApprovalFilter.ALL;
			page = PageRequest.of(0, 25);
		}
		ApprovalCard.Refused refused = new ApprovalCard.Refused((UUID) model.getAttribute("approvalErrorId"),
				(String) model.getAttribute("approvalError"), (String) model.getAttribute("approvalComment"));
		Page<ApprovalCard> cards = this.query.pending(filter, LocalDate.now(this.clock), page)
			.map((pending) -> ApprovalCard.of(pending, actor.username(), refused, this.messages, locale));
		boolean onACard = cards.content().stream().anyMatch((card) -> card.error() != null);
		model.addAttribute("page", new ApprovalsPage(cards, RiskLevel.values(), onACard ? null : refused.error()));
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
		return FormPost.act(redirect, null, () -> {
			RiskAcceptance acceptance = approve
					? this.acceptances.approve(actor, new AcceptanceId(id), form.getComment(), form.getVersion())
					: this.acceptances.reject(actor, new AcceptanceId(id), form.getComment(), form.getVersion());
			redirect.addFlashAttribute("flash", approve ? (acceptance.approvals().size() < acceptance.approvalsNeeded()
					? "approval.firstOfTwo" : "approval.approved") : "approval.rejected");
			return INBOX;
		}, (refusal) -> {
			// A stale version: another manager approved first (the request still waits).
			refused(redirect, id, form,
					(refusal instanceof DomainException rule) ? Refusals.text(this.messages, rule, locale)
							: this.messages.getMessage("approval.stale", null, locale));
			return INBOX;
		});
	}

	private static void refused(RedirectAttributes redirect, UUID id, CommentForm form, String text) {
		redirect.addFlashAttribute("approvalError", text);
		redirect.addFlashAttribute("approvalErrorId", id);
		redirect.addFlashAttribute("approvalComment", form.getComment());
	}

}
