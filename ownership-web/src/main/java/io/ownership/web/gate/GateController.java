package io.ownership.web.gate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import io.ownership.core.catalog.ProductKind;
import io.ownership.core.dashboard.Kpi;
import io.ownership.core.gate.GateQuery;
import io.ownership.core.gate.GateService;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.shared.Role;
import io.ownership.web.support.FormPost;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /gate}: the products failing now and the pass rate; {@code /gate/policy}: the
 * organization's policy.
 */
@Controller
class GateController {

	private final GateService service;

	private final GateQuery query;

	private final RiskAccess access;

	private final Clock clock;

	GateController(GateService service, GateQuery query, RiskAccess access, Clock clock) {
		this.service = service;
		this.query = query;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/gate")
	String failing(Actor actor, @RequestParam(name = "team", required = false) UUID team,
			@RequestParam(name = "kind", required = false) ProductKind kind,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "25") int size, Model model) {
		LocalDate today = LocalDate.now(this.clock);
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
		model.addAttribute("choices", GatePages.PolicyChoices.ALL);
		return "gate/policy";
	}

}
