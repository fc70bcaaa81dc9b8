package io.ownership.web.threat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.audit.AuditRecord;
import io.ownership.core.catalog.Product;
import io.ownership.core.risk.RiskQuery.AssetChoice;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.Page;
import io.ownership.core.threat.BacklogItem;
import io.ownership.core.threat.BacklogItemId;
import io.ownership.core.threat.Threat;
import io.ownership.core.threat.ThreatDecision;
import io.ownership.core.threat.ThreatDirectory;
import io.ownership.core.threat.ThreatModel;
import io.ownership.core.threat.ThreatQuery;
import io.ownership.core.threat.ThreatService;
import io.ownership.web.support.PagingForm;

import org.springframework.stereotype.Component;

/**
 * Builds a backlog item's pages (the item, a threat's revision, the risk of a threat to
 * accept) in one place, and loads an item for a change with the check of who may make it
 * (the use case checks again).
 */
@Component
class ItemPages {

	/** The entries of the history a page shows. */
	private static final int HISTORY_SHOWN = 20;

	private final ThreatService threats;

	private final ThreatQuery query;

	private final ThreatDirectory directory;

	private final AuditQuery history;

	private final RiskQuery risks;

	ItemPages(ThreatService threats, ThreatQuery query, ThreatDirectory directory, AuditQuery history,
			RiskQuery risks) {
		this.threats = threats;
		this.query = query;
		this.directory = directory;
		this.history = history;
		this.risks = risks;
	}

	/**
	 * A backlog item's page: the item, its product and team, what the viewer may do, the
	 * threat model (null before it starts) with its threats, participants by name and the
	 * people who may be invited, and a page of the item's history.
	 */
	record ItemPage(BacklogItem item, Product product, String teamName, boolean mayEdit, boolean mayDecide,
			ThreatModel threatModel, List<ThreatQuery.ThreatRow> threats, List<String> participantNames,
			List<ThreatDirectory.Participant> candidates, Page<AuditRecord> history) implements ThreatFormPage {

		/** The decisions the product owner chooses from. */
		public List<ThreatDecision> decisions() {
			return List.of(ThreatDecision.values());
		}

	}

	/**
	 * The page that revises a threat of an item's model.
	 */
	record ThreatPage(BacklogItem item, Threat threat) implements ThreatFormPage {

	}

	/**
	 * The page that registers a risk for a threat to accept: the item, the threat, and
	 * the product's assets the risk may affect.
	 */
	record RiskPage(BacklogItem item, Threat threat, List<AssetChoice> assetChoices) {

	}

	/** An item about to change, with its threat model. */
	record Edited(BacklogItem item, ThreatModel model) {

	}

	/**
	 * @param history the page of the item's history asked for ({@code ?page=})
	 */
	ItemPage page(Actor actor, BacklogItemId id, PagingForm history) {
		BacklogItem item = this.threats.item(id);
		Product product = this.threats.product(item.product());
		Optional<ThreatModel> threatModel = this.threats.modelOf(item.id());
		boolean mayEdit = this.threats.mayEdit(actor, product);
		boolean open = threatModel.isPresent() && !threatModel.get().isFinished();
		return new ItemPage(item, product,
				this.query.product(product.id()).map(ThreatQuery.ProductRef::teamName).orElse(null), mayEdit,
				this.threats.mayDecide(actor, product), threatModel.orElse(null),
				threatModel.isPresent() ? this.query.threatsOf(item.id()) : List.of(),
				threatModel.map((m) -> this.directory.names(m.participants()).values().stream().sorted().toList())
					.orElse(List.of()),
				(mayEdit && open && product.owningTeam() != null) ? this.directory.candidates(product.owningTeam())
						: List.of(),
				this.history.search(AuditFilter.forEntity("BacklogItem", item.id()),
						history.pageRequest(HISTORY_SHOWN)));
	}

	ThreatPage threat(BacklogItem item, Threat threat) {
		return new ThreatPage(item, threat);
	}

	RiskPage risk(BacklogItem item, Threat threat) {
		return new RiskPage(item, threat, this.risks.assetChoices(item.product().value()));
	}

	/** The item, refused unless the actor may triage it and model its threats. */
	BacklogItem editable(Actor actor, UUID id) {
		BacklogItem item = this.threats.item(new BacklogItemId(id));
		if (!this.threats.mayEdit(actor, this.threats.product(item.product()))) {
			throw new ForbiddenException("threat.forbidden.edit",
					"Only the members of the product's team triage its backlog and model its threats");
		}
		return item;
	}

	/** As {@link #editable}, with the item's threat model, which must have started. */
	Edited editableModel(Actor actor, UUID id) {
		BacklogItem item = editable(actor, id);
		return new Edited(item, modelOf(item));
	}

	/** The item, refused unless the actor decides on its threat model. */
	BacklogItem decidable(Actor actor, UUID id) {
		BacklogItem item = this.threats.item(new BacklogItemId(id));
		if (!this.threats.mayDecide(actor, this.threats.product(item.product()))) {
			throw new ForbiddenException("threat.forbidden.decide",
					"Only the product owner decides on threat models and finishes them");
		}
		return item;
	}

	ThreatModel modelOf(BacklogItem item) {
		return this.threats.modelOf(item.id()).orElseThrow(() -> new NotFoundException("ThreatModel", item.id()));
	}

}
