package io.ownership.web.gate;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Collectors;

import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.dashboard.Kpi;
import io.ownership.core.gate.CheckKind;
import io.ownership.core.gate.Enforcement;
import io.ownership.core.gate.GateCondition;
import io.ownership.core.gate.GateDecision.Decision;
import io.ownership.core.gate.GateMode;
import io.ownership.core.gate.GateQuery;
import io.ownership.core.gate.GateQuery.EvaluationFilter;
import io.ownership.core.gate.GateQuery.EvaluationRow;
import io.ownership.core.gate.GateQuery.ProductEvaluation;
import io.ownership.core.gate.GateQuery.HistoryFilter;
import io.ownership.core.gate.GateReason;
import io.ownership.core.gate.GateService;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.shared.Role;
import io.ownership.web.support.Csv;
import io.ownership.web.support.FormPost;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

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
		LocalDate today = today();
		model.addAttribute("failing", this.query.failing(team, kind, PageRequest.of(page, size)));
		model.addAttribute("team", team);
		model.addAttribute("kind", kind);
		model.addAttribute("passRate",
				this.query.passRate(start(today.minusDays(Kpi.GATE_DAYS - 1)), start(today.plusDays(1))));
		model.addAttribute("passRateDays", Kpi.GATE_DAYS);
		model.addAttribute("mayEdit", actor.has(Role.SECURITY_MANAGER));
		return "gate/failing";
	}

	/**
	 * Every product's evaluations, newest first, with the filters product, team, product
	 * kind, decision and days (from, to, or the last {@code days} days ending today, as
	 * the dashboard's pass rate counts them): the list behind the pass rate. A filter
	 * that cannot be read (a product or team that is no id, days out of 1 to 366) gets
	 * the 400 page naming it.
	 */
	@GetMapping("/gate/evaluations")
	String evaluations(@Valid @ModelAttribute("filter") EvaluationsForm filter,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "25") int size, HttpServletRequest request, Model model) {
		model.addAttribute("evaluations", this.query.evaluations(filter.toFilter(today()), PageRequest.of(page, size)));
		model.addAttribute("decisions", Decision.values());
		model.addAttribute("productKinds", ProductKind.values());
		model.addAttribute("exportLink",
				"/gate/evaluations.csv" + ((request.getQueryString() == null) ? "" : "?" + request.getQueryString()));
		return "gate/evaluations";
	}

	@GetMapping(path = "/gate/evaluations.csv", produces = "text/csv")
	void exportEvaluations(@Valid @ModelAttribute("filter") EvaluationsForm filter, HttpServletResponse response)
			throws IOException {
		Csv.answer(response, "gate-evaluations.csv", (lines) -> {
			lines.add("evaluated at", "product", "artifact", "environment", "decision", "mode", "reasons", "warnings",
					"token");
			for (ProductEvaluation found : this.query.exportEvaluations(filter.toFilter(today()), EXPORT_LIMIT)) {
				EvaluationRow row = found.evaluation();
				lines.add(row.evaluatedAt(), found.productName(), row.artifact(), row.environment(), row.decision(),
						row.mode(), texts(row.reasons()), texts(row.warnings()), row.tokenName());
			}
		});
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * A day's start in UTC, as the dashboard's KPI counts the days.
	 */
	private static Instant start(LocalDate day) {
		return day.atStartOfDay().toInstant(ZoneOffset.UTC);
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
		return FormPost.submit(result, redirect, "gate.policy.saved", () -> {
			this.service.changeOrganizationPolicy(actor, form.organization());
			return "redirect:/gate/policy";
		}, () -> policyPage(model));
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
		return FormPost.submit(result, redirect, "gate.policy.saved", () -> {
			this.service.changeProductPolicy(actor, product.id(), form.product());
			return "redirect:/products/" + id + "/gate";
		}, () -> productPage(actor, product, new HistoryForm(), PageRequest.of(0, 25), request, model));
	}

	@GetMapping(path = "/products/{id}/gate.csv", produces = "text/csv")
	void export(@PathVariable UUID id, @ModelAttribute("filter") HistoryForm filter, HttpServletResponse response)
			throws IOException {
		Product product = this.access.product(new ProductId(id));
		Csv.answer(response, "gate-history.csv", (lines) -> {
			lines.add("evaluated at", "product", "artifact", "environment", "decision", "mode", "reasons", "warnings",
					"token");
			for (EvaluationRow row : this.query.export(product.id(), filter.toFilter(), EXPORT_LIMIT)) {
				lines.add(row.evaluatedAt(), product.name(), row.artifact(), row.environment(), row.decision(),
						row.mode(), texts(row.reasons()), texts(row.warnings()), row.tokenName());
			}
		});
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
	 * The filters of the evaluations across products: the history's, and the product, the
	 * team and the product kind. {@code days} (1 to 366) selects the days ending today,
	 * as the dashboard's pass rate does, and stands for {@code from} and {@code to}.
	 */
	public static class EvaluationsForm extends HistoryForm {

		static final int MAX_DAYS = 366;

		private UUID product;

		private UUID team;

		private ProductKind kind;

		@Min(value = 1, message = "{gate.evaluations.days}")
		@Max(value = MAX_DAYS, message = "{gate.evaluations.days}")
		private Integer days;

		EvaluationFilter toFilter(LocalDate today) {
			HistoryFilter history = toFilter();
			if (this.days != null) {
				history = new HistoryFilter(history.decision(), history.artifact(), today.minusDays(this.days - 1),
						today);
			}
			return new EvaluationFilter(this.product, this.team, this.kind, history);
		}

		public UUID getProduct() {
			return this.product;
		}

		public void setProduct(UUID product) {
			this.product = product;
		}

		public UUID getTeam() {
			return this.team;
		}

		public void setTeam(UUID team) {
			this.team = team;
		}

		public ProductKind getKind() {
			return this.kind;
		}

		public void setKind(ProductKind kind) {
			this.kind = kind;
		}

		public Integer getDays() {
			return this.days;
		}

		public void setDays(Integer days) {
			this.days = days;
		}

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
