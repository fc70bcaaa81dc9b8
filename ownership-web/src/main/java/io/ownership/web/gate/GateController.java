package io.ownership.web.gate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.ownership.core.dashboard.Kpi;
import io.ownership.core.gate.GateQuery;
import io.ownership.core.gate.GateQuery.FailingProduct;
import io.ownership.core.gate.GateQuery.PassRate;
import io.ownership.core.gate.GateService;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.shared.Role;
import io.ownership.web.support.FormPost;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
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

	/**
	 * The products failing now, with the pass rate of the last days and the filters (a
	 * value that is not one of theirs is said on the page, status 400, and left out).
	 *
	 * @param failing a page of the products failing now, under the filters
	 * @param passRateDays the days the pass rate counts, ending today
	 * @param mayEdit whether the viewer may change the policy
	 */
	record FailingPage(Page<FailingProduct> failing, PassRate passRate, int passRateDays, boolean mayEdit) {

	}

	@GetMapping("/gate")
	String failing(Actor actor, @Valid @ModelAttribute("filter") FailingFilterForm filter, BindingResult result,
			Model model, HttpServletResponse response) {
		LocalDate today = LocalDate.now(this.clock);
		PageRequest page = filter.pageRequest();
		Page<FailingProduct> failing = this.query.failing(filter.getTeam(), filter.getKind(), page);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("page",
				new FailingPage(failing,
						this.query.passRate(start(today.minusDays(Kpi.GATE_DAYS - 1)), start(today.plusDays(1))),
						Kpi.GATE_DAYS, actor.has(Role.SECURITY_MANAGER)));
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

	/**
	 * The policy's page: its choices are the page's model, the form is {@code form}.
	 */
	private String policyPage(Model model) {
		model.addAttribute("page", GatePages.PolicyChoices.ALL);
		return "gate/policy";
	}

}
