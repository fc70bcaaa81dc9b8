package io.ownership.web.risk;

import java.util.UUID;

import io.ownership.core.risk.AcceptanceId;
import io.ownership.core.risk.AcceptanceService;
import io.ownership.core.risk.RiskAcceptance;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.shared.StaleVersionException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /approvals}: the security managers' inbox of escalated acceptance requests, each
 * with the reasons it escalated; approve or reject with a comment.
 */
@Controller
class ApprovalsController {

	private final AcceptanceService acceptances;

	private final RiskQuery query;

	private final RiskAccess access;

	ApprovalsController(AcceptanceService acceptances, RiskQuery query, RiskAccess access) {
		this.acceptances = acceptances;
		this.query = query;
		this.access = access;
	}

	@GetMapping("/approvals")
	String inbox(Actor actor, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
			Model model) {
		this.access.requireSecurityManager(actor);
		model.addAttribute("pending", this.query.pending(PageRequest.of(page, size)));
		model.addAttribute("me", actor.username());
		return "risk/approvals";
	}

	@PostMapping("/approvals/{id}/approve")
	String approve(Actor actor, @PathVariable UUID id, @ModelAttribute CommentForm form, RedirectAttributes redirect) {
		return decide(actor, id, form, redirect, true);
	}

	@PostMapping("/approvals/{id}/reject")
	String reject(Actor actor, @PathVariable UUID id, @ModelAttribute CommentForm form, RedirectAttributes redirect) {
		return decide(actor, id, form, redirect, false);
	}

	private String decide(Actor actor, UUID id, CommentForm form, RedirectAttributes redirect, boolean approve) {
		try {
			RiskAcceptance acceptance = approve
					? this.acceptances.approve(actor, new AcceptanceId(id), form.getComment(), form.getVersion())
					: this.acceptances.reject(actor, new AcceptanceId(id), form.getComment(), form.getVersion());
			redirect.addFlashAttribute("flash", approve ? (acceptance.approvals().size() < acceptance.approvalsNeeded()
					? "approval.firstOfTwo" : "approval.approved") : "approval.rejected");
		}
		catch (ForbiddenException | StaleVersionException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("approvalError", ex.code());
			redirect.addFlashAttribute("approvalErrorArgs", ex.arguments());
			redirect.addFlashAttribute("approvalErrorId", id);
			redirect.addFlashAttribute("approvalComment", form.getComment());
		}
		return "redirect:/approvals";
	}

}
