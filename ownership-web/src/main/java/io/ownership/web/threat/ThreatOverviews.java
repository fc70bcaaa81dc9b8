package io.ownership.web.threat;

import java.util.UUID;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.threat.ThreatQuery;
import io.ownership.core.threat.ThreatQuery.ItemRow;
import io.ownership.core.threat.ThreatQuery.Scope;
import io.ownership.core.threat.ThreatService;

import org.springframework.stereotype.Component;

/**
 * Builds the threat modeling overviews of a product ({@link ProductThreatsPage}) and of a
 * team ({@link TeamThreatsPage}) in one place, for the pages and for the triage post that
 * shows the product's again with errors.
 */
@Component
class ThreatOverviews {

	private final ThreatService threats;

	private final ThreatQuery query;

	ThreatOverviews(ThreatService threats, ThreatQuery query) {
		this.threats = threats;
		this.query = query;
	}

	/**
	 * The product's backlog with its figures, and whether the viewer may triage an item
	 * (the form is the model attribute {@code form}).
	 */
	record ProductThreatsPage(ThreatQuery.ProductRef product, ThreatQuery.Figures figures, Page<ItemRow> items,
			boolean mayEdit) {

	}

	/**
	 * The backlog of the team's products with its figures and triage share.
	 */
	record TeamThreatsPage(UUID teamId, String teamName, ThreatQuery.Figures figures, ThreatQuery.TriageShare share,
			Page<ItemRow> items) {

	}

	ProductThreatsPage product(Actor actor, UUID id, PageRequest page) {
		ProductId productId = new ProductId(id);
		ThreatQuery.ProductRef product = this.query.product(productId)
			.orElseThrow(() -> new NotFoundException("Product", id));
		Scope scope = Scope.of(productId);
		return new ProductThreatsPage(product, this.query.figures(scope), this.query.items(scope, page),
				this.threats.mayEdit(actor, this.threats.product(productId)));
	}

	TeamThreatsPage team(UUID id, PageRequest page) {
		String name = this.query.teamName(new TeamId(id)).orElseThrow(() -> new NotFoundException("Team", id));
		Scope scope = Scope.of(new TeamId(id));
		ThreatQuery.Figures figures = this.query.figures(scope);
		return new TeamThreatsPage(id, name, figures,
				new ThreatQuery.TriageShare(id, name, figures.items(), figures.decided()),
				this.query.items(scope, page));
	}

}
