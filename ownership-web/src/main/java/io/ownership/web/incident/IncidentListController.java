package io.ownership.web.incident;

import java.io.IOException;
import java.util.UUID;

import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.incident.IncidentFilter;
import io.ownership.core.incident.IncidentQuery;
import io.ownership.core.incident.IncidentService;
import io.ownership.core.incident.Viewer;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;
import io.ownership.web.support.PagingForm;
import io.ownership.web.risk.RegistrableProducts;
import io.ownership.web.support.KeptPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /incidents}: the incidents the user may read (filters, pages, CSV) and a
 * product's incidents ({@code /products/{id}/incidents}).
 */
@Controller
class IncidentListController {

	/** The most rows a CSV holds. */
	static final int CSV_LIMIT = 10_000;

	private final IncidentService incidents;

	private final IncidentQuery query;

	private final RiskQuery risks;

	private final IncidentLists lists;

	private final RegistrableProducts registrable;

	IncidentListController(IncidentService incidents, IncidentQuery query, RiskQuery risks, IncidentLists lists,
			RegistrableProducts registrable) {
		this.registrable = registrable;
		this.incidents = incidents;
		this.query = query;
		this.risks = risks;
		this.lists = lists;
	}

	@KeptPage
	@GetMapping("/incidents")
	String list(Actor actor, @Valid @ModelAttribute("filter") IncidentFilterForm filter, BindingResult result,
			Model model) {
		boolean mayReport = actor.has(Role.SECURITY_MANAGER)
				|| (actor.has(Role.PRODUCT_OWNER) && this.registrable.any(actor));
		model.addAttribute("page",
				this.lists.list(this.query.list(filter.filter(), this.incidents.viewer(actor), filter.pageRequest()),
						this.risks.teams(), mayReport));
		return "incident/list";
	}

	@GetMapping(path = "/incidents.csv", produces = "text/csv")
	String csv(Actor actor, @Valid @ModelAttribute("filter") IncidentFilterForm filter, BindingResult result,
			Model model, HttpServletResponse response) throws IOException {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return list(actor, filter, result, model);
		}
		Viewer viewer = this.incidents.viewer(actor);
		this.lists.csv((each) -> this.query.export(filter.filter(), viewer, CSV_LIMIT, each), "incidents", response);
		return null;
	}

	@KeptPage
	@GetMapping("/products/{id}/incidents")
	String product(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("paging") PagingForm paging,
			BindingResult result, Model model) {
		Product product = this.incidents.requireRead(actor, new ProductId(id));
		model.addAttribute("page", this.lists.product(product, this.incidents.mayEdit(actor, product),
				this.query.list(IncidentFilter.ofProduct(id), Viewer.EVERYONE, paging.pageRequest())));
		return "incident/product";
	}

	@GetMapping(path = "/products/{id}/incidents.csv", produces = "text/csv")
	void productCsv(Actor actor, @PathVariable UUID id, HttpServletResponse response) throws IOException {
		Product product = this.incidents.requireRead(actor, new ProductId(id));
		this.lists.csv((each) -> this.query.export(IncidentFilter.ofProduct(id), Viewer.EVERYONE, CSV_LIMIT, each),
				"incidents-" + product.name(), response);
	}

}
