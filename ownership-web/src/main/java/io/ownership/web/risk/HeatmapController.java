package io.ownership.web.risk;

import java.util.UUID;

import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.risk.guardrail.GuardrailService;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The 5×5 heat maps of a product's and a team's open risks: likelihood across, impact up,
 * each cell coloured by its level in the organization's matrix (CSS classes, no inline
 * style) and linked to the register filtered by its likelihood and impact, as the
 * organization's heat map on the dashboard.
 */
@Controller
class HeatmapController {

	private final RiskQuery query;

	private final RiskAccess access;

	private final GuardrailService policy;

	private final MessageSource messages;

	HeatmapController(RiskQuery query, RiskAccess access, GuardrailService policy, MessageSource messages) {
		this.messages = messages;
		this.query = query;
		this.access = access;
		this.policy = policy;
	}

	@GetMapping("/products/{id}/risks/heatmap")
	String product(@PathVariable UUID id, Model model) {
		Product product = this.access.product(new ProductId(id));
		return page(product.name(), "/risks?product=" + id, this.query.heatmap(id, null), model);
	}

	@GetMapping("/teams/{id}/risks/heatmap")
	String team(@PathVariable UUID id, Model model) {
		String name = this.query.teamName(id).orElseThrow(() -> new NotFoundException("Team", id));
		return page(name, "/risks?team=" + id, this.query.heatmap(null, id), model);
	}

	private String page(String subject, String register, int[][] cells, Model model) {
		model.addAttribute("page", HeatmapPage.of(subject, register, register + "&open=true", cells,
				this.policy.matrix(), this.messages, LocaleContextHolder.getLocale()));
		return "risk/heatmap";
	}

}
