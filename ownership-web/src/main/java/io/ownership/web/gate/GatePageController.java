package io.ownership.web.gate;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;

import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.gate.CheckKind;
import io.ownership.core.gate.Enforcement;
import io.ownership.core.gate.GateCondition;
import io.ownership.core.gate.GateDecision.Decision;
import io.ownership.core.gate.GateMode;
import io.ownership.core.gate.GateQuery.EvaluationRow;
import io.ownership.core.gate.GateQuery.HistoryFilter;
import io.ownership.core.gate.GateQuery;
import io.ownership.core.gate.GateReason;
import io.ownership.core.gate.GateService;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.shared.Role;
import io.ownership.web.support.Csv;
import io.ownership.web.support.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
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
 * {@code /gate}: the products failing now, the pass rate and the organization's policy;
 * {@code /products/{id}/gate}: a product's gate state, its check runs, its evaluation
 * history with filters and CSV, and its stricter policy.
 */
@Controller
class GatePageController {

	private static final int EXPORT_LIMIT = 10_000;

	private final GateService service;

	private final GateQuery query;

	private final RiskAccess access;

	private final Clock clock;

	GatePageController(GateService service, GateQuery query, RiskAccess access, Clock clock) {
		this.service = service;
		this.query = query;
		this.access = access;
		this.clock = clock;
	}

	@ModelAttribute("levels")
	RiskLevel[] levels() {
		return RiskLevel.values();
	}

	@ModelAttribute("conditionNames")
	GateCondition[] conditions() {
		return GateCondition.values();
	}

	@ModelAttribute("checkKinds")
	CheckKind[] checkKinds() {
		return CheckKind.values();
	}

	@GetMapping("/gate")
	String failing(Actor actor, @RequestParam(name = "team", required = false) UUID team,
			@RequestParam(name = "kind", required = false) ProductKind kind,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "25") int size, Model model) {
		Instant now = this.clock.instant();
		model.addAttribute("failing", this.query.failing(team, kind, PageRequest.of(page, size)));
		model.addAttribute("team", team);
		model.addAttribute("kind", kind);
		model.addAttribute("passRate", this.query.passRate(now.minus(Duration.ofDays(30)), now));
		model.addAttribute("mayEdit", actor.has(Role.SECURITY_MANAGER));
		return "gate/failing";
	}

	@GetMapping("/gate/policy")
	String policy(Actor actor, Model model) {
		this.access.requireSecurityManager(actor);
		model.addAttribute("form", GatePolicyForm.of(this.service.organizationPolicy()));
		return policyPage(model);
	}

	@PostMapping("/gate/policy")
	String changePolicy(Actor actor, @ModelAttribute("form") GatePolicyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.access.requireSecurityManager(actor);
		if (!result.hasErrors()) {
			try {
				this.service.changeOrganizationPolicy(actor, form.organization());
				redirect.addFlashAttribute("flash", "gate.policy.saved");
				return "redirect:/gate/policy";
			}
			catch (ForbiddenException ex) {
				throw ex;
			}
			catch (DomainException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return policyPage(model);
	}

	private String policyPage(Model model) {
		model.addAttribute("productKinds", ProductKind.values());
		model.addAttribute("enforcements", Enforcement.values());
		return "gate/policy";
	}

	@GetMapping("/products/{id}/gate")
	String product(Actor actor, @PathVariable UUID id, @ModelAttribute("filter") HistoryForm filter,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "25") int size, HttpServletRequest request, Model model) {
		Product product = this.access.product(new ProductId(id));
		model.addAttribute("form", GatePolicyForm.of(this.service.productPolicy(product.id())));
		return productPage(actor, product, filter, PageRequest.of(page, size), request, model);
	}

	@PostMapping("/products/{id}/gate/policy")
	String changeProductPolicy(Actor actor, @PathVariable UUID id, @ModelAttribute("form") GatePolicyForm form,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Product product = this.access.product(new ProductId(id));
		this.access.requireSecurityManager(actor);
		if (!result.hasErrors()) {
			try {
				this.service.changeProductPolicy(actor, product.id(), form.product());
				redirect.addFlashAttribute("flash", "gate.policy.saved");
				return "redirect:/products/" + id + "/gate";
			}
			catch (ForbiddenException ex) {
				throw ex;
			}
			catch (DomainException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return productPage(actor, product, new HistoryForm(), PageRequest.of(0, 25), request, model);
	}

	@GetMapping(path = "/products/{id}/gate.csv", produces = "text/csv")
	void export(@PathVariable UUID id, @ModelAttribute("filter") HistoryForm filter, HttpServletResponse response)
			throws IOException {
		Product product = this.access.product(new ProductId(id));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"gate-history.csv\"");
		PrintWriter out = response.getWriter();
		out.print(Csv.line("evaluated at", "product", "artifact", "environment", "decision", "mode", "reasons",
				"warnings", "token"));
		for (EvaluationRow row : this.query.export(product.id(), filter.toFilter(), EXPORT_LIMIT)) {
			out.print(Csv.line(row.evaluatedAt(), product.name(), row.artifact(), row.environment(), row.decision(),
					row.mode(), texts(row.reasons()), texts(row.warnings()), row.tokenName()));
		}
	}

	private String productPage(Actor actor, Product product, HistoryForm filter, PageRequest page,
			HttpServletRequest request, Model model) {
		model.addAttribute("product", product);
		model.addAttribute("current", this.query.current(product.id()).orElse(null));
		model.addAttribute("runs", this.query.runs(product.id(), 20));
		model.addAttribute("history", this.query.history(product.id(), filter.toFilter(), page));
		model.addAttribute("filter", filter);
		model.addAttribute("decisions", Decision.values());
		model.addAttribute("modes", GateMode.values());
		model.addAttribute("enforcements", Enforcement.values());
		model.addAttribute("effective", this.service.organizationPolicy()
			.tightenedBy(product.kind(), this.service.productPolicy(product.id())));
		model.addAttribute("exportLink", "/products/" + product.id() + "/gate.csv"
				+ ((request.getQueryString() == null) ? "" : "?" + request.getQueryString()));
		model.addAttribute("mayEdit", actor.has(Role.SECURITY_MANAGER));
		model.addAttribute("mayRegister", this.access.mayMaintain(actor, product));
		return "gate/product";
	}

	private static String texts(java.util.List<GateReason> reasons) {
		return reasons.stream().map((reason) -> reason.code() + ": " + reason.text()).collect(Collectors.joining("\n"));
	}

	/**
	 * The history's filters.
	 */
	public static class HistoryForm {

		private Decision decision;

		private String artifact;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate from;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate to;

		HistoryFilter toFilter() {
			return new HistoryFilter(this.decision,
					(this.artifact == null || this.artifact.length() > 300) ? null : this.artifact, this.from, this.to);
		}

		public Decision getDecision() {
			return this.decision;
		}

		public void setDecision(Decision decision) {
			this.decision = decision;
		}

		public String getArtifact() {
			return this.artifact;
		}

		public void setArtifact(String artifact) {
			this.artifact = artifact;
		}

		public LocalDate getFrom() {
			return this.from;
		}

		public void setFrom(LocalDate from) {
			this.from = from;
		}

		public LocalDate getTo() {
			return this.to;
		}

		public void setTo(LocalDate to) {
			this.to = to;
		}

	}

}
