package io.ownership.web.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.risk.AcceptanceRepository;
import io.ownership.core.risk.AcceptanceService;
import io.ownership.core.risk.AcceptanceStatus;
import io.ownership.core.risk.GuardrailEvaluation;
import io.ownership.core.risk.NewRisk;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskAcceptance;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.risk.RiskDetails;
import io.ownership.core.risk.RiskId;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.risk.RiskService;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.risk.RiskStatus;
import io.ownership.core.risk.Treatment;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.shared.Role;
import io.ownership.core.shared.StaleVersionException;
import io.ownership.web.support.FormErrors;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /risks/new} and {@code /risks/{id}}: registering a risk, its page with the
 * history, and the forms of the security team (recommendation), the risk owner (decision,
 * treatment, acceptance request) and the security managers (revoke). Every form is
 * checked again by the use case.
 */
@Controller
class RiskController {

	private final RiskService risks;

	private final AcceptanceService acceptanceService;

	private final AcceptanceRepository acceptances;

	private final RiskQuery query;

	private final RiskAccess access;

	private final AuditQuery history;

	private final Clock clock;

	private final MessageSource messages;

	private final int reminderDays;

	RiskController(RiskService risks, AcceptanceService acceptanceService, AcceptanceRepository acceptances,
			RiskQuery query, RiskAccess access, AuditQuery history, Clock clock, MessageSource messages,
			@Value("${ownership.risk.reminder-days:14}") int reminderDays) {
		this.messages = messages;
		this.reminderDays = reminderDays;
		this.risks = risks;
		this.acceptanceService = acceptanceService;
		this.acceptances = acceptances;
		this.query = query;
		this.access = access;
		this.history = history;
		this.clock = clock;
	}

	@ModelAttribute("sources")
	RiskSource[] sources() {
		return RiskSource.values();
	}

	@ModelAttribute("treatments")
	Treatment[] treatments() {
		return Treatment.values();
	}

	/**
	 * The new-risk form, prefilled from the query string (product, source, reference,
	 * title, description, likelihood, impact), as other pages link to it ("register a
	 * risk from this finding"). A value of the wrong type is shown next to its field.
	 */
	@GetMapping("/risks/new")
	String newRisk(Actor actor, @ModelAttribute("form") RiskForm form, BindingResult result, Model model) {
		if (form.getLikelihood() == null && !result.hasFieldErrors("likelihood")) {
			form.setLikelihood(3);
		}
		if (form.getImpact() == null && !result.hasFieldErrors("impact")) {
			form.setImpact(3);
		}
		return newPage(actor, form, model);
	}

	/**
	 * Registers the risk; the "refresh" button (the form without JavaScript) shows the
	 * chosen product's assets and the score again, keeping what was typed.
	 */
	@PostMapping("/risks/new")
	String register(Actor actor, @Valid @ModelAttribute("form") RiskForm form, BindingResult result,
			@RequestParam(name = "refresh", required = false) String refresh, Model model,
			RedirectAttributes redirect) {
		if (refresh != null) {
			// Not a submission: nothing is refused yet, only the choices are shown again.
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
			return newPage(actor, form, model);
		}
		if (!result.hasErrors()) {
			try {
				Risk risk = this.risks.register(actor,
						new NewRisk((form.getProduct() == null) ? null : new ProductId(form.getProduct()),
								form.description(), form.getLikelihood(), form.getImpact(), form.flags(),
								form.assetIds()));
				redirect.addFlashAttribute("flash", "risk.registered");
				return "redirect:/risks/" + risk.id();
			}
			catch (ForbiddenException | StaleVersionException ex) {
				throw ex;
			}
			catch (DomainException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return newPage(actor, form, model);
	}

	/**
	 * The parts of the form that depend on the chosen product, for htmx: its assets and
	 * the other products it may affect.
	 */
	@GetMapping("/risks/new/product-fields")
	String productFields(Actor actor, @ModelAttribute("form") RiskForm form, BindingResult result, Model model) {
		productChoices(actor, form, model);
		return "risk/fragments :: product-fields";
	}

	/**
	 * The score and level that the likelihood and impact give under the organization's
	 * matrix, for htmx as they change.
	 */
	@GetMapping("/risks/preview")
	String preview(@ModelAttribute("form") RiskForm form, BindingResult result, Model model) {
		model.addAttribute("preview", preview(form));
		return "risk/fragments :: preview";
	}

	private Preview preview(RiskForm form) {
		if (form.getLikelihood() == null || form.getImpact() == null) {
			return null;
		}
		try {
			int likelihood = form.getLikelihood();
			int impact = form.getImpact();
			return new Preview(likelihood, impact, likelihood * impact, this.risks.levelOf(likelihood, impact));
		}
		catch (InvalidInputException ex) {
			return null;
		}
	}

	/**
	 * A score as the form shows it before saving.
	 */
	record Preview(int likelihood, int impact, int score, RiskLevel level) {

	}

	private String newPage(Actor actor, RiskForm form, Model model) {
		productChoices(actor, form, model);
		model.addAttribute("preview", preview(form));
		return "risk/new";
	}

	private void productChoices(Actor actor, RiskForm form, Model model) {
		List<RiskQuery.Choice> products = this.query.maintainableProducts(actor.username(),
				actor.has(Role.SECURITY_MANAGER));
		boolean chosen = form.getProduct() != null
				&& products.stream().anyMatch((choice) -> choice.id().equals(form.getProduct()));
		model.addAttribute("form", form);
		model.addAttribute("products", products);
		model.addAttribute("otherProducts", otherProducts(form.getProduct()));
		model.addAttribute("assetChoices", chosen ? this.query.assetChoices(form.getProduct()) : List.of());
	}

	/**
	 * The products a risk of this one may affect: every other one.
	 */
	private List<RiskQuery.Choice> otherProducts(UUID product) {
		return this.query.products().stream().filter((choice) -> !choice.id().equals(product)).toList();
	}

	@GetMapping("/risks/{id}/edit")
	String edit(Actor actor, @PathVariable UUID id, Model model) {
		Risk risk = this.risks.load(new RiskId(id));
		this.access.requireMaintain(actor, this.access.product(risk.product()));
		RiskForm form = new RiskForm();
		form.setProduct(risk.product().value());
		form.setTitle(risk.title());
		form.setDescription(risk.description());
		form.setSource(risk.source());
		form.setReference(risk.reference());
		form.setLikelihood(risk.likelihood());
		form.setImpact(risk.impact());
		form.setAffectedProducts(risk.flags().affectedProducts().stream().map(ProductId::value).toList());
		form.setInvolvesCustomerData(risk.flags().involvesCustomerData());
		form.setViolatedRequirement(risk.flags().violatedRequirement());
		form.setAssets(risk.assets().stream().map((asset) -> asset.value()).toList());
		form.setVersion(risk.version());
		return editPage(risk, form, model);
	}

	@PostMapping("/risks/{id}/edit")
	String reassess(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") RiskForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Risk risk = this.risks.load(new RiskId(id));
		this.access.requireMaintain(actor, this.access.product(risk.product()));
		form.setProduct(risk.product().value());
		if (!result.hasErrors()) {
			try {
				this.risks.reassess(actor, risk.id(), form.description(), form.getLikelihood(), form.getImpact(),
						form.flags(), form.assetIds(), form.getReason(), form.getVersion());
				redirect.addFlashAttribute("flash", "risk.reassessed");
				return "redirect:/risks/" + id;
			}
			catch (ForbiddenException | StaleVersionException ex) {
				throw ex;
			}
			catch (DomainException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return editPage(risk, form, model);
	}

	private String editPage(Risk risk, RiskForm form, Model model) {
		model.addAttribute("risk", risk);
		model.addAttribute("form", form);
		model.addAttribute("preview", preview(form));
		model.addAttribute("otherProducts", otherProducts(risk.product().value()));
		model.addAttribute("assetChoices", this.query.assetChoices(risk.product().value()));
		return "risk/edit";
	}

	@GetMapping("/risks/{id}")
	String show(Actor actor, @PathVariable UUID id, Model model) {
		return detail(actor, this.risks.load(new RiskId(id)), model);
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
		if (result.hasErrors()) {
			return detail(actor, this.risks.load(new RiskId(id)), model);
		}
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
		try {
			change.run();
			redirect.addFlashAttribute("flash", flash);
			return "redirect:/risks/" + id;
		}
		catch (ForbiddenException | StaleVersionException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			FormErrors.reject(result, ex);
		}
		return detail(actor, this.risks.load(new RiskId(id)), model);
	}

	/**
	 * The acceptance request; the "Check" button only shows what the guardrails would
	 * say, without requesting.
	 */
	@PostMapping("/risks/{id}/acceptances")
	String requestAcceptance(Actor actor, @PathVariable UUID id,
			@Valid @ModelAttribute("acceptanceForm") AcceptanceForm form, BindingResult result,
			@RequestParam(name = "check", required = false) String check, Model model, RedirectAttributes redirect,
			Locale locale) {
		RiskId riskId = new RiskId(id);
		if (check != null) {
			model.addAttribute("evaluation", evaluate(actor, riskId, form, result, model));
			return detail(actor, this.risks.load(riskId), model);
		}
		if (!result.hasErrors()) {
			try {
				RiskAcceptance acceptance = this.acceptanceService.request(actor, riskId, form.request(),
						form.getRiskVersion());
				redirect.addFlashAttribute("flash",
						acceptance.autonomous() ? "acceptance.activated" : "acceptance.pending");
				return "redirect:/risks/" + id;
			}
			catch (ForbiddenException | StaleVersionException ex) {
				throw ex;
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
			catch (DomainException ex) {
				// A request already waiting, or the same form sent twice: the form may
				// not
				// be on the page any more, so the refusal is said at its top.
				redirect.addFlashAttribute("refusal", Refusals.text(this.messages, ex, locale));
				return "redirect:/risks/" + id;
			}
		}
		model.addAttribute("evaluation",
				evaluate(actor, riskId, form, new BeanPropertyBindingResult(form, "x"), model));
		return detail(actor, this.risks.load(riskId), model);
	}

	/**
	 * The htmx call made as the risk owner changes the expiry: the verdict and its
	 * reasons, as a fragment.
	 */
	@PostMapping("/risks/{id}/acceptances/evaluation")
	String evaluation(Actor actor, @PathVariable UUID id, @ModelAttribute("acceptanceForm") AcceptanceForm form,
			BindingResult result, Model model) {
		model.addAttribute("evaluation", evaluate(actor, new RiskId(id), form, result, model));
		return "risk/detail :: evaluation";
	}

	private GuardrailEvaluation evaluate(Actor actor, RiskId id, AcceptanceForm form, BindingResult result,
			Model model) {
		try {
			return this.acceptanceService.evaluate(actor, id, form.getExpiresOn());
		}
		catch (ForbiddenException ex) {
			throw ex;
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
			model.addAttribute("expiryProblem", ex);
			return null;
		}
	}

	@PostMapping("/acceptances/{id}/withdraw")
	String withdraw(Actor actor, @PathVariable UUID id, @ModelAttribute("commentForm") CommentForm form, Model model,
			RedirectAttributes redirect, Locale locale) {
		RiskAcceptance current = this.acceptanceService.load(acceptanceId(id));
		try {
			this.acceptanceService.withdraw(actor, current.id(), form.getComment(), form.getVersion());
			redirect.addFlashAttribute("flash", "acceptance.withdrawn");
			return "redirect:/risks/" + current.risk();
		}
		catch (ForbiddenException | StaleVersionException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			// Another risk owner than the requester: say so on the risk's page.
			model.addAttribute("withdrawRefused", ex.code());
			if (current.status() != AcceptanceStatus.PENDING) {
				// Its card has no withdraw form any more to show the refusal next to.
				model.addAttribute("refusal", Refusals.text(this.messages, ex, locale));
			}
		}
		return detail(actor, this.risks.load(current.risk()), model);
	}

	@PostMapping("/acceptances/{id}/revoke")
	String revoke(Actor actor, @PathVariable UUID id, @ModelAttribute("revokeForm") CommentForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		RiskAcceptance current = this.acceptanceService.load(acceptanceId(id));
		try {
			this.acceptanceService.revoke(actor, current.id(), form.getComment(), form.getVersion());
			redirect.addFlashAttribute("flash", "acceptance.revoked");
			return "redirect:/risks/" + current.risk();
		}
		catch (ForbiddenException | StaleVersionException ex) {
			throw ex;
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
		}
		catch (DomainException ex) {
			// Not active (pending, ended): its revoke form is not on the page to show it.
			model.addAttribute("refusal", Refusals.text(this.messages, ex, locale));
		}
		return detail(actor, this.risks.load(current.risk()), model);
	}

	private static io.ownership.core.risk.AcceptanceId acceptanceId(UUID id) {
		return new io.ownership.core.risk.AcceptanceId(id);
	}

	private String detail(Actor actor, Risk risk, Model model) {
		RiskDetails details = this.query.details(risk.id()).orElseThrow(() -> new NotFoundException("Risk", risk.id()));
		Product product = this.access.product(risk.product());
		boolean riskOwner = this.access.isRiskOwner(actor, product);
		boolean manager = actor.has(Role.SECURITY_MANAGER);
		List<RiskAcceptance> all = this.acceptances.findByRisk(risk.id());
		RiskAcceptance active = all.stream()
			.filter((a) -> a.status() == AcceptanceStatus.ACTIVE)
			.findFirst()
			.orElse(null);
		RiskAcceptance pending = all.stream()
			.filter((a) -> a.status() == AcceptanceStatus.PENDING)
			.findFirst()
			.orElse(null);
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("risk", risk);
		model.addAttribute("details", details);
		model.addAttribute("overdue", risk.isOverdue(today));
		model.addAttribute("acceptances", all);
		model.addAttribute("active", active);
		model.addAttribute("pending", pending);
		model.addAttribute("expiredAcceptance", risk.status() == RiskStatus.OPEN
				&& all.stream().anyMatch((a) -> a.status() == AcceptanceStatus.EXPIRED));
		model.addAttribute("riskOwner", riskOwner);
		model.addAttribute("manager", manager);
		model.addAttribute("maySeeRequester", pending != null && pending.requestedBy().equals(actor.username()));
		model.addAttribute("canMaintain", this.access.mayMaintain(actor, product));
		model.addAttribute("history",
				this.history.search(AuditFilter.forEntity("Risk", risk.id()), PageRequest.of(0, 100)));
		if (!model.containsAttribute("recommendationForm")) {
			TreatmentForm form = new TreatmentForm();
			form.setTreatment(risk.recommendation());
			form.setNote(risk.recommendationNote());
			form.setVersion(risk.version());
			model.addAttribute("recommendationForm", form);
		}
		if (!model.containsAttribute("decisionForm")) {
			TreatmentForm form = new TreatmentForm();
			form.setTreatment(risk.decision());
			form.setNote(risk.decisionNote());
			form.setVersion(risk.version());
			model.addAttribute("decisionForm", form);
		}
		if (!model.containsAttribute("treatmentForm")) {
			TreatmentForm form = new TreatmentForm();
			form.setPlan(risk.treatmentPlan());
			form.setDue(risk.treatmentDue());
			form.setVersion(risk.version());
			model.addAttribute("treatmentForm", form);
		}
		if (!model.containsAttribute("closeForm")) {
			CommentForm form = new CommentForm();
			form.setVersion(risk.version());
			model.addAttribute("closeForm", form);
		}
		if (!model.containsAttribute("revokeForm")) {
			CommentForm form = new CommentForm();
			form.setVersion((active != null) ? active.version() : 0);
			model.addAttribute("revokeForm", form);
		}
		boolean needsDecision = active != null && active.markedForReview();
		model.addAttribute("covering", active != null && active.countsAsCover(today));
		model.addAttribute("needsDecision", needsDecision);
		// A renewal is offered when it makes sense: no active acceptance, one that needs
		// a
		// new decision, or one within the reminder window before its date.
		boolean renewalDue = active == null || needsDecision
				|| !active.expiresOn().isAfter(today.plusDays(this.reminderDays));
		if (riskOwner && risk.status() != RiskStatus.CLOSED && pending == null && renewalDue) {
			LocalDate latestExpiry = this.acceptanceService.defaultExpiry(risk, product);
			if (!model.containsAttribute("acceptanceForm")) {
				AcceptanceForm form = new AcceptanceForm();
				form.setExpiresOn(latestExpiry);
				form.setRiskVersion(risk.version());
				model.addAttribute("acceptanceForm", form);
			}
			if (!model.containsAttribute("evaluation")) {
				AcceptanceForm form = (AcceptanceForm) model.getAttribute("acceptanceForm");
				model.addAttribute("evaluation",
						evaluate(actor, risk.id(), form, new BeanPropertyBindingResult(form, "acceptanceForm"), model));
			}
			model.addAttribute("acceptanceOpen", true);
			model.addAttribute("latestExpiry", latestExpiry);
		}
		return "risk/detail";
	}

}
