package io.ownership.web.incident;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.ownership.core.shared.Role;
import io.ownership.core.action.ActionQuery;
import io.ownership.core.action.ActionSource;
import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.view.CatalogQuery;
import io.ownership.core.incident.IncidentFilter;
import io.ownership.core.incident.IncidentId;
import io.ownership.core.incident.IncidentQuery;
import io.ownership.core.incident.IncidentRow;
import io.ownership.core.incident.IncidentService;
import io.ownership.core.incident.IncidentStatus;
import io.ownership.core.incident.IncidentView;
import io.ownership.core.incident.PostMortem;
import io.ownership.core.incident.SecurityIncident;
import io.ownership.core.incident.Viewer;
import io.ownership.core.responsibility.matrix.Activity;
import io.ownership.core.responsibility.matrix.ActivityId;
import io.ownership.core.responsibility.AppliedMatrix;
import io.ownership.core.responsibility.ProductResponsibilities;
import io.ownership.core.responsibility.ProductResponsibility;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.PageRequest;
import io.ownership.web.action.ActionForm;
import io.ownership.web.support.Csv;
import io.ownership.web.support.FormPost;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * {@code /incidents}: the incidents the user may read (filters, pages, CSV), a product's
 * incidents, the incident's page with the product's incident-management matrix, the forms
 * that record, change, close and reopen an incident, its post-mortem, and the actions
 * that come out of it. Every form is checked again by {@link IncidentService}.
 */
@Controller
class IncidentController {

	/** The most rows a CSV holds. */
	static final int CSV_LIMIT = 10_000;

	private final IncidentService incidents;

	private final IncidentQuery query;

	private final RiskQuery risks;

	private final ProductResponsibilities responsibilities;

	private final ActionQuery actions;

	private final CatalogQuery catalog;

	private final AuditQuery history;

	private final MessageSource messages;

	private final Clock clock;

	private final UseCaseId incidentManagement;

	IncidentController(IncidentService incidents, IncidentQuery query, RiskQuery risks,
			ProductResponsibilities responsibilities, ActionQuery actions, CatalogQuery catalog, AuditQuery history,
			MessageSource messages, Clock clock,
			@Value("${ownership.incidents.use-case:175e63f2-180a-589e-9827-73c7c9d9c793}") UUID incidentManagement) {
		this.incidents = incidents;
		this.query = query;
		this.risks = risks;
		this.responsibilities = responsibilities;
		this.actions = actions;
		this.catalog = catalog;
		this.history = history;
		this.messages = messages;
		this.clock = clock;
		this.incidentManagement = new UseCaseId(incidentManagement);
	}

	@ModelAttribute("severities")
	RiskLevel[] severities() {
		return RiskLevel.values();
	}

	@ModelAttribute("statuses")
	IncidentStatus[] statuses() {
		return IncidentStatus.values();
	}

	@GetMapping("/incidents")
	String list(Actor actor, @ModelAttribute("filter") IncidentFilterForm filter, BindingResult result,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "25") int size, Model model) {
		model.addAttribute("incidents",
				this.query.list(filter.filter(), this.incidents.viewer(actor), PageRequest.of(page, size)));
		model.addAttribute("teams", this.risks.teams());
		model.addAttribute("kinds", ProductKind.values());
		model.addAttribute("mayReport", !this.risks.maintainableProducts(actor.username(), false).isEmpty()
				|| actor.has(Role.SECURITY_MANAGER));
		return "incident/list";
	}

	@GetMapping(path = "/incidents.csv", produces = "text/csv")
	void csv(Actor actor, @ModelAttribute("filter") IncidentFilterForm filter, BindingResult result,
			HttpServletResponse response) throws IOException {
		write(this.query.export(filter.filter(), this.incidents.viewer(actor), CSV_LIMIT), "incidents", response);
	}

	@GetMapping("/products/{id}/incidents")
	String product(Actor actor, @PathVariable UUID id, @RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "25") int size, Model model) {
		Product product = this.incidents.requireRead(actor, new ProductId(id));
		model.addAttribute("product", product);
		model.addAttribute("mayEdit", this.incidents.mayEdit(actor, product));
		model.addAttribute("incidents",
				this.query.list(IncidentFilter.ofProduct(id), Viewer.EVERYONE, PageRequest.of(page, size)));
		return "incident/product";
	}

	@GetMapping(path = "/products/{id}/incidents.csv", produces = "text/csv")
	void productCsv(Actor actor, @PathVariable UUID id, HttpServletResponse response) throws IOException {
		Product product = this.incidents.requireRead(actor, new ProductId(id));
		write(this.query.export(IncidentFilter.ofProduct(id), Viewer.EVERYONE, CSV_LIMIT),
				"incidents-" + product.name(), response);
	}

	@GetMapping("/incidents/new")
	String newIncident(Actor actor, @ModelAttribute("form") IncidentForm form, BindingResult result, Model model) {
		if (form.getSeverity() == null && !result.hasFieldErrors("severity")) {
			form.setSeverity(RiskLevel.MEDIUM);
		}
		return formPage(actor, form, null, model);
	}

	@PostMapping("/incidents/new")
	String report(Actor actor, @Valid @ModelAttribute("form") IncidentForm form, BindingResult result,
			@RequestParam(name = "refresh", required = false) String refresh, Model model,
			RedirectAttributes redirect) {
		if (refresh != null) {
			// Not a submission: only the chosen product's assets and risks are shown.
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
			return formPage(actor, form, null, model);
		}
		return FormPost.submit(result, redirect, "incident.reported.flash", () -> {
			SecurityIncident incident = this.incidents.report(actor,
					(form.getProduct() == null) ? null : new ProductId(form.getProduct()), form.details());
			return "redirect:/incidents/" + incident.id();
		}, () -> formPage(actor, form, null, model));
	}

	@GetMapping("/incidents/{id}/edit")
	String edit(Actor actor, @PathVariable UUID id, Model model) {
		IncidentView view = this.incidents.view(actor, new IncidentId(id));
		return formPage(actor, IncidentForm.of(view), view, model);
	}

	@PostMapping("/incidents/{id}/edit")
	String revise(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") IncidentForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		IncidentView view = this.incidents.view(actor, new IncidentId(id));
		form.setProduct(view.row().productId());
		return FormPost.edit(result, model, response, redirect, "incident.revised.flash", () -> {
			this.incidents.revise(actor, new IncidentId(id), form.getVersion(), form.details());
			return "redirect:/incidents/" + id;
		}, () -> formPage(actor, form, view, model));
	}

	private String formPage(Actor actor, IncidentForm form, IncidentView view, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("incident", view);
		if (view == null) {
			model.addAttribute("products",
					this.risks.maintainableProducts(actor.username(), actor.has(Role.SECURITY_MANAGER)));
		}
		if (form.getProduct() != null) {
			model.addAttribute("assetChoices", this.risks.assetChoices(form.getProduct()));
			model.addAttribute("riskChoices", this.query.risksOf(new ProductId(form.getProduct())));
		}
		return "incident/form";
	}

	@PostMapping("/incidents/{id}/close")
	String close(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return FormPost.act(redirect, "incident.closed.flash", () -> {
			this.incidents.close(actor, new IncidentId(id));
			return "redirect:/incidents/" + id;
		}, "redirect:/incidents/" + id);
	}

	@PostMapping("/incidents/{id}/reopen")
	String reopen(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return FormPost.act(redirect, "incident.reopened.flash", () -> {
			this.incidents.reopen(actor, new IncidentId(id));
			return "redirect:/incidents/" + id;
		}, "redirect:/incidents/" + id);
	}

	@GetMapping("/incidents/{id}")
	String page(Actor actor, @PathVariable UUID id, @RequestParam(name = "page", defaultValue = "0") int page,
			Model model) {
		return incidentPage(actor, id, new ActionForm(), page, model);
	}

	@PostMapping("/incidents/{id}/actions")
	String openAction(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("actionForm") ActionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		IncidentView view = this.incidents.view(actor, new IncidentId(id));
		if (!this.incidents.mayEdit(actor, product(view))) {
			throw new ForbiddenException("incident.forbidden.edit",
					"Only the product's owners and security managers record its incidents");
		}
		return FormPost.submit(result, redirect, "action.opened.flash", () -> {
			this.incidents.openAction(actor, new IncidentId(id), form.getTitle(), new PersonId(form.getOwner()),
					form.getDueOn());
			return "redirect:/incidents/" + id + "#actions";
		}, () -> incidentPage(actor, id, form, 0, model));
	}

	private String incidentPage(Actor actor, UUID id, ActionForm actionForm, int page, Model model) {
		IncidentView view = this.incidents.view(actor, new IncidentId(id));
		Product product = product(view);
		boolean mayEdit = this.incidents.mayEdit(actor, product);
		ProductResponsibility responsibility = this.responsibilities.forProduct(product.id());
		model.addAttribute("incident", view);
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("matrix", incidentMatrix(responsibility).orElse(null));
		model.addAttribute("incidentManagement", this.incidentManagement.value());
		model.addAttribute("actions",
				this.actions.ofSource(ActionSource.Kind.POST_MORTEM, id.toString(), LocalDate.now(this.clock)));
		if (mayEdit && view.postMortem() != null) {
			model.addAttribute("actionForm", actionForm);
			model.addAttribute("people", this.catalog.activePeople());
		}
		model.addAttribute("history",
				this.history.search(AuditFilter.forEntity("Incident", id), PageRequest.of(page, 20)));
		return "incident/incident";
	}

	@GetMapping("/incidents/{id}/post-mortem")
	String postMortem(Actor actor, @PathVariable UUID id, Model model) {
		IncidentView view = this.incidents.view(actor, new IncidentId(id));
		return postMortemPage(view, PostMortemForm.of(view.postMortem()), model);
	}

	@PostMapping("/incidents/{id}/post-mortem")
	String writePostMortem(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") PostMortemForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		IncidentView view = this.incidents.view(actor, new IncidentId(id));
		return FormPost.edit(result, model, response, redirect, "postMortem.saved.flash", () -> {
			UseCaseId useCase = null;
			ActivityId activity = null;
			if (form.getActivity() != null && !form.getActivity().isBlank()) {
				String[] parts = form.getActivity().split("/", -1);
				try {
					if (parts.length != 2) {
						throw new IllegalArgumentException(form.getActivity());
					}
					useCase = new UseCaseId(UUID.fromString(parts[0]));
					activity = new ActivityId(UUID.fromString(parts[1]));
				}
				catch (IllegalArgumentException ex) {
					throw new InvalidInputException("activity", "postMortem.activity.unknown",
							"Choose an activity of a matrix that applies to the product");
				}
			}
			this.incidents.writePostMortem(actor, new IncidentId(id), form.getVersion(), new PostMortem.PostMortemText(
					form.getTimeline(), form.getContributingFactors(), form.getWentWell(), null), useCase, activity);
			return "redirect:/incidents/" + id + "#post-mortem";
		}, () -> postMortemPage(view, form, model));
	}

	private String postMortemPage(IncidentView view, PostMortemForm form, Model model) {
		ProductResponsibility responsibility = this.responsibilities.forProduct(new ProductId(view.row().productId()));
		List<ActivityChoice> activities = new ArrayList<>();
		Optional<AppliedMatrix> incidentMatrix = incidentMatrix(responsibility);
		incidentMatrix.ifPresent((matrix) -> addActivities(matrix, activities));
		for (AppliedMatrix matrix : responsibility.matrices()) {
			if (incidentMatrix.isEmpty() || !matrix.useCase().equals(incidentMatrix.get().useCase())) {
				addActivities(matrix, activities);
			}
		}
		model.addAttribute("incident", view);
		model.addAttribute("activities", activities);
		model.addAttribute("form", form);
		return "incident/post-mortem";
	}

	private static void addActivities(AppliedMatrix matrix, List<ActivityChoice> choices) {
		for (Activity activity : matrix.version().content().activities()) {
			choices.add(new ActivityChoice(matrix.useCase().value() + "/" + activity.id().value(), matrix.useCaseName(),
					activity.name()));
		}
	}

	/**
	 * An activity the post-mortem may name: its form value, its use case and its name.
	 */
	record ActivityChoice(String value, String useCase, String name) {

	}

	private Optional<AppliedMatrix> incidentMatrix(ProductResponsibility responsibility) {
		return responsibility.matrices()
			.stream()
			.filter((matrix) -> matrix.useCase().equals(this.incidentManagement))
			.findFirst();
	}

	private Product product(IncidentView view) {
		return this.incidents.product(new ProductId(view.row().productId()));
	}

	private void write(List<IncidentRow> rows, String name, HttpServletResponse response) throws IOException {
		Csv.answer(response, name + ".csv", (lines) -> {
			lines.add(text("incident.title"), text("incident.product"), text("incident.team"),
					text("incident.severity"), text("incident.status"), text("incident.detectedAt"),
					text("incident.containedAt"), text("incident.resolvedAt"), text("incident.postMortem"));
			for (IncidentRow row : rows) {
				lines.add(row.title(), row.productName(), row.teamName(), text("risk.level." + row.severity()),
						text("incident.status." + row.status()), row.detectedAt(), row.containedAt(), row.resolvedAt(),
						text(row.postMortem() ? "common.yes" : "common.no"));
			}
		});
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
