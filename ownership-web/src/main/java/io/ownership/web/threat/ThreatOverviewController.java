package io.ownership.web.threat;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.threat.BacklogItem;
import io.ownership.core.threat.ThreatQuery.ItemRow;
import io.ownership.core.threat.ThreatQuery.Scope;
import io.ownership.core.threat.ThreatQuery;
import io.ownership.core.threat.ThreatService;
import io.ownership.core.threat.Triage;
import io.ownership.web.support.Csv;
import io.ownership.web.support.FormPost;
import io.ownership.web.support.KeptPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * {@code /products/{id}/threats} and {@code /teams/{id}/threats}: the triaged backlog
 * items of a product or of a team's products, with items triaged, threat models done and
 * open mitigations, their CSV exports, and the form that triages a new item of a product.
 */
@Controller
class ThreatOverviewController {

	private final ThreatService threats;

	private final ThreatQuery query;

	private final ThreatOverviews overviews;

	private final MessageSource messages;

	ThreatOverviewController(ThreatService threats, ThreatQuery query, ThreatOverviews overviews,
			MessageSource messages) {
		this.threats = threats;
		this.query = query;
		this.overviews = overviews;
		this.messages = messages;
	}

	@KeptPage
	@GetMapping("/products/{id}/threats")
	String product(Actor actor, @PathVariable UUID id, @RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "25") int size, Model model) {
		return productPage(actor, id, new ItemForm(), PageRequest.of(page, size), model);
	}

	@PostMapping("/products/{id}/threats")
	String triage(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") ItemForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Product product = this.threats.product(new ProductId(id));
		if (!this.threats.mayEdit(actor, product)) {
			throw new ForbiddenException("threat.forbidden.edit",
					"Only the members of the product's team triage its backlog and model its threats");
		}
		return FormPost.submit(result, redirect, "threat.item.triaged", () -> {
			BacklogItem item = this.threats.triage(actor, product.id(), form.item());
			return "redirect:/threats/items/" + item.id();
		}, () -> productPage(actor, id, form, PageRequest.of(0, 25), model));
	}

	private String productPage(Actor actor, UUID id, ItemForm form, PageRequest page, Model model) {
		model.addAttribute("page", this.overviews.product(actor, id, page));
		model.addAttribute("form", form);
		return "threat/product";
	}

	@KeptPage
	@GetMapping("/teams/{id}/threats")
	String team(@PathVariable UUID id, @RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "25") int size, Model model) {
		model.addAttribute("page", this.overviews.team(id, PageRequest.of(page, size)));
		return "threat/team";
	}

	@GetMapping(path = "/products/{id}/threats.csv", produces = "text/csv")
	void productCsv(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		ThreatQuery.ProductRef product = this.query.product(new ProductId(id))
			.orElseThrow(() -> new NotFoundException("Product", id));
		write(this.query.allItems(Scope.of(new ProductId(id))), "threats-" + product.name(), response);
	}

	@GetMapping(path = "/teams/{id}/threats.csv", produces = "text/csv")
	void teamCsv(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		String name = this.query.teamName(new TeamId(id)).orElseThrow(() -> new NotFoundException("Team", id));
		write(this.query.allItems(Scope.of(new TeamId(id))), "threats-" + name, response);
	}

	private void write(List<ItemRow> rows, String name, HttpServletResponse response) throws IOException {
		Csv.answer(response, name.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv", (lines) -> {
			lines.add(text("threat.csv.product"), text("threat.ticket"), text("threat.title"),
					text("threat.csv.triagedOn"), text("threat.csv.touches"), text("threat.suggestion"),
					text("threat.decision"), text("threat.reason"), text("threat.csv.modelDone"),
					text("threat.threats"), text("threat.openMitigations"), text("threat.risks"));
			for (ItemRow row : rows) {
				lines.add(row.productName(), row.ticket(), row.title(), row.triagedOn(), touches(row.triage()),
						text(row.suggestsThreatModel() ? "threat.suggestion.needed" : "threat.suggestion.notNeeded"),
						(row.decision() == null) ? text("threat.decision.pending")
								: text("threat.decision." + row.decision()),
						row.reason(), row.finishedOn(), row.threats(), row.openMitigations(), row.risks());
			}
		});
	}

	private String touches(Triage triage) {
		return triage.touched()
			.stream()
			.map((topic) -> text("threat.topic." + topic.name()))
			.collect(Collectors.joining("; "));
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
