package io.ownership.web.gate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.ownership.core.gate.ApiTokenId;
import io.ownership.core.gate.ApiTokenRow;
import io.ownership.core.gate.ApiTokenService;
import io.ownership.core.gate.IssuedToken;
import io.ownership.core.gate.TokenPermission;
import io.ownership.core.gate.TokenScope;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.web.support.FormPost;
import io.ownership.core.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
 * {@code /tokens}: security managers and product owners create, list and revoke the API
 * tokens of delivery pipelines. A new token's secret is shown once, on the answer to the
 * form, and never stored in a form that could show it again.
 */
@Controller
class TokenController {

	private final ApiTokenService tokens;

	private final RiskQuery query;

	private final Clock clock;

	TokenController(ApiTokenService tokens, RiskQuery query, Clock clock) {
		this.tokens = tokens;
		this.query = query;
		this.clock = clock;
	}

	/**
	 * The tokens page: the tokens the viewer sees and, when they may create one, the
	 * form's choices; the form is the model attribute {@code form}.
	 *
	 * @param today the day a token's expiry is compared with
	 */
	record TokensPage(boolean mayCreate, TokenScope.Kind[] scopes, List<RiskQuery.Choice> products,
			List<RiskQuery.Choice> teams, TokenPermission[] allPermissions, List<ApiTokenRow> tokens, LocalDate today) {

	}

	@GetMapping("/tokens")
	String list(Actor actor, @RequestParam(required = false) UUID product, Model model) {
		return page(actor, TokenForm.forProduct(product, LocalDate.now(this.clock)), model);
	}

	@PostMapping("/tokens")
	String create(Actor actor, @Valid @ModelAttribute("form") TokenForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!this.tokens.mayCreate(actor)) {
			throw new ForbiddenException("token.forbidden.create",
					"Only security managers and product owners create API tokens");
		}
		return FormPost.submit(result, redirect, null, () -> {
			IssuedToken issued = this.tokens.create(actor, form.command());
			response.setHeader("Cache-Control", "no-store");
			model.addAttribute("page", issued);
			return "gate/token-created";
		}, () -> page(actor, form, model));
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		this.tokens.revoke(actor, new ApiTokenId(id));
		redirect.addFlashAttribute("flash", "token.revoked");
		return "redirect:/tokens";
	}

	private String page(Actor actor, TokenForm form, Model model) {
		boolean manager = actor.has(Role.SECURITY_MANAGER);
		boolean mayCreate = this.tokens.mayCreate(actor);
		model.addAttribute("form", form);
		model.addAttribute("page",
				new TokensPage(mayCreate,
						manager ? TokenScope.Kind.values()
								: new TokenScope.Kind[] { TokenScope.Kind.PRODUCT, TokenScope.Kind.TEAM },
						mayCreate ? this.query.maintainableProducts(actor.username(), manager) : List.of(),
						mayCreate ? this.query.teams() : List.of(), TokenPermission.values(),
						this.tokens.visibleTo(actor), LocalDate.now(this.clock)));
		return "gate/tokens";
	}

}
