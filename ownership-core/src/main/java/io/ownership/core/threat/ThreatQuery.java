package io.ownership.core.threat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.risk.RiskId;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;

/**
 * Port: the read side of threat modeling, each answered with a fixed number of statements
 * whatever the amount of data.
 */
public interface ThreatQuery {

	/** The backlog items of a product or of a team's products, newest first. */
	Page<ItemRow> items(Scope scope, PageRequest page);

	/** Every backlog item of the scope, newest first, for the CSV export. */
	List<ItemRow> allItems(Scope scope);

	/** Items triaged, threat models done and open mitigations of the scope. */
	Figures figures(Scope scope);

	/**
	 * The KPI "share of items triaged" per team: of the backlog items recorded for the
	 * products a team owns, the share the product owner has decided on (threat model
	 * needed or not). Every team, by name; a team without items has no share.
	 */
	List<TriageShare> triageShareByTeam();

	/** The threat a risk was registered from, if it was. */
	Optional<Origin> originOf(RiskId risk);

	/** The threats of the item's model, with the names of their risks. */
	List<ThreatRow> threatsOf(BacklogItemId item);

	/** The team's name. */
	Optional<String> teamName(TeamId team);

	/** The product and its team, by name, for the headings. */
	Optional<ProductRef> product(ProductId product);

	/** A product or a team's products. */
	record Scope(ProductId product, TeamId team) {

		public static Scope of(ProductId product) {
			return new Scope(product, null);
		}

		public static Scope of(TeamId team) {
			return new Scope(null, team);
		}

	}

	record ItemRow(UUID id, UUID productId, String productName, String ticket, String title, Triage triage,
			LocalDate triagedOn, ThreatDecision decision, String reason, boolean modelStarted, LocalDate finishedOn,
			int threats, int openMitigations, int risks) {

		public boolean suggestsThreatModel() {
			return this.triage.suggestsThreatModel();
		}

	}

	record Figures(long items, long decided, long suggested, long needed, long modelsDone, long openMitigations) {

	}

	record TriageShare(UUID teamId, String teamName, long items, long decided) {

		/** The share in whole percent, or {@code null} when the team has no items. */
		public Integer percent() {
			return (this.items == 0) ? null : (int) Math.round(100.0 * this.decided / this.items);
		}

	}

	record Origin(UUID itemId, String ticket, String itemTitle, Stride category, String whatCouldGoWrong) {

	}

	record ThreatRow(UUID id, Stride category, String whatCouldGoWrong, String howWeEnsure, String mitigationTicket,
			ThreatStatus status, UUID riskId, String riskTitle) {

	}

	record ProductRef(UUID id, String name, UUID teamId, String teamName, UUID productOwner, UUID riskOwner) {

	}

}
