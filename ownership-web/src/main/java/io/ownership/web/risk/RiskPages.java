package io.ownership.web.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.ownership.core.shared.Role;
import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.audit.AuditRecord;
import io.ownership.core.catalog.Product;
import io.ownership.core.risk.acceptance.AcceptanceService;
import io.ownership.core.risk.AcceptanceStatus;
import io.ownership.core.risk.guardrail.GuardrailEvaluation;
import io.ownership.core.risk.guardrail.Guardrails;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskAcceptance;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.risk.RiskDetails;
import io.ownership.core.risk.RiskId;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.risk.RiskService;
import io.ownership.core.risk.RiskStatus;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.web.audit.HistoryLabels;
import io.ownership.web.support.PagingForm;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Builds the risk page ({@link RiskPage}) and the forms on it that the model does not
 * hold yet: the one place that decides what the page shows, for the page itself and for
 * every handler that shows it again with a refusal. The risk and its product are loaded
 * once; the guardrails are evaluated on them. Unlike the team page, the page is not read
 * in one transaction: a refusal of the guardrails' evaluation, caught here to show its
 * reason, would mark a shared transaction rollback-only and fail the whole page.
 */
@Component
class RiskPages {

	static final String VIEW = "risk/detail";

	/** The entries of the history shown a page. */
	static final int HISTORY_SIZE = 100;

	private final RiskService risks;

	private final AcceptanceService acceptances;

	private final RiskQuery query;

	private final RiskAccess access;

	private final AuditQuery history;

	private final HistoryLabels historyLabels;

	private final Clock clock;

	private final int reminderDays;

	RiskPages(RiskService risks, AcceptanceService acceptances, RiskQuery query, RiskAccess access, AuditQuery history,
			HistoryLabels historyLabels, Clock clock, @Value("${ownership.risk.reminder-days:14}") int reminderDays) {
		this.historyLabels = historyLabels;
		this.risks = risks;
		this.acceptances = acceptances;
		this.query = query;
		this.access = access;
		this.history = history;
		this.clock = clock;
		this.reminderDays = reminderDays;
	}

	String show(Actor actor, RiskId id, Model model) {
		return show(actor, id, model, RiskPage.Feedback.NONE);
	}

	/**
	 * Puts the page and its missing forms into the model and names the view.
	 */
	String show(Actor actor, RiskId id, Model model, RiskPage.Feedback feedback) {
		Risk risk = this.risks.load(id);
		RiskDetails details = this.query.details(risk.id()).orElseThrow(() -> new NotFoundException("Risk", risk.id()));
		Product product = this.access.product(risk.product());
		boolean riskOwner = this.access.isRiskOwner(actor, product);
		List<RiskAcceptance> all = this.acceptances.ofRisk(risk.id());
		RiskAcceptance active = first(all, AcceptanceStatus.ACTIVE);
		RiskAcceptance pending = first(all, AcceptanceStatus.PENDING);
		LocalDate today = LocalDate.now(this.clock);
		boolean needsDecision = active != null && active.markedForReview();
		// A renewal is offered when it makes sense: no active acceptance, one that needs
		// a new decision, or one within the reminder window before its date.
		boolean renewalDue = active == null || needsDecision
				|| !active.expiresOn().isAfter(today.plusDays(this.reminderDays));
		boolean acceptanceOpen = riskOwner && risk.status() != RiskStatus.CLOSED && pending == null && renewalDue;
		Request request = acceptanceOpen ? request(actor, risk, product, model, feedback)
				: new Request(null, feedback.evaluation(), feedback.expiryProblem());
		addForms(risk, active, model);
		Page<AuditRecord> history = this.history.search(AuditFilter.forEntity("Risk", risk.id()), historyPage(model));
		String refusal = (feedback.refusal() != null) ? feedback.refusal() : (String) model.getAttribute("refusal");
		model.addAttribute("page", new RiskPage(risk, details, risk.isOverdue(today), all, active, pending,
				active != null && active.countsAsCover(today), needsDecision,
				risk.status() == RiskStatus.OPEN
						&& all.stream().anyMatch((a) -> a.status() == AcceptanceStatus.EXPIRED),
				riskOwner, actor.has(Role.SECURITY_MANAGER),
				pending != null && pending.requestedBy().equals(actor.username()),
				this.access.mayMaintain(actor, product), history,
				this.historyLabels.of(history.content(), LocaleContextHolder.getLocale()), acceptanceOpen,
				request.latestExpiry(), request.evaluation(), request.expiryProblem(), refusal,
				feedback.withdrawRefused()));
		return VIEW;
	}

	/**
	 * The request form's part of the page: the longest expiry, and the guardrails'
	 * verdict on the form's expiry unless the handler has it already.
	 */
	private record Request(LocalDate latestExpiry, GuardrailEvaluation evaluation,
			InvalidInputException expiryProblem) {

	}

	/**
	 * The page of the history asked for ({@code ?page=}); the first page when a handler
	 * shows the page again after a post.
	 */
	private static PageRequest historyPage(Model model) {
		if (!model.containsAttribute("historyForm")) {
			model.addAttribute("historyForm", new PagingForm());
		}
		return ((PagingForm) model.getAttribute("historyForm")).pageRequest(HISTORY_SIZE);
	}

	/**
	 * The guardrails in force are loaded once, for the default expiry and for the verdict
	 * on the form's.
	 */
	private Request request(Actor actor, Risk risk, Product product, Model model, RiskPage.Feedback feedback) {
		Guardrails guardrails = this.acceptances.guardrailsOf(product);
		LocalDate latestExpiry = this.acceptances.defaultExpiry(risk, guardrails);
		if (!model.containsAttribute("acceptanceForm")) {
			model.addAttribute("acceptanceForm", AcceptanceForm.of(risk, latestExpiry));
		}
		if (feedback.evaluated()) {
			return new Request(latestExpiry, feedback.evaluation(), feedback.expiryProblem());
		}
		AcceptanceForm form = (AcceptanceForm) model.getAttribute("acceptanceForm");
		try {
			return new Request(latestExpiry,
					this.acceptances.evaluate(actor, risk, product, guardrails, form.getExpiresOn()), null);
		}
		catch (InvalidInputException ex) {
			return new Request(latestExpiry, null, ex);
		}
	}

	private static void addForms(Risk risk, RiskAcceptance active, Model model) {
		if (!model.containsAttribute("recommendationForm")) {
			model.addAttribute("recommendationForm", TreatmentForm.recommendationOf(risk));
		}
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", TreatmentForm.decisionOf(risk));
		}
		if (!model.containsAttribute("treatmentForm")) {
			model.addAttribute("treatmentForm", TreatmentForm.planOf(risk));
		}
		if (!model.containsAttribute("closeForm")) {
			model.addAttribute("closeForm", CommentForm.of(risk.version()));
		}
		if (!model.containsAttribute("revokeForm")) {
			model.addAttribute("revokeForm", CommentForm.of((active != null) ? active.version() : 0));
		}
	}

	private static RiskAcceptance first(List<RiskAcceptance> all, AcceptanceStatus status) {
		return all.stream().filter((a) -> a.status() == status).findFirst().orElse(null);
	}

}
