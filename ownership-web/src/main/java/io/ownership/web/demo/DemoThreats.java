package io.ownership.web.demo;

import java.util.Set;
import java.util.stream.Collectors;

import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;
import io.ownership.core.threat.BacklogItem;
import io.ownership.core.threat.NewItem;
import io.ownership.core.threat.RiskProposal;
import io.ownership.core.threat.Stride;
import io.ownership.core.threat.Threat;
import io.ownership.core.threat.ThreatDecision;
import io.ownership.core.threat.ThreatDraft;
import io.ownership.core.threat.ThreatModel;
import io.ownership.core.threat.ThreatQuery;
import io.ownership.core.threat.ThreatService;
import io.ownership.core.threat.ThreatStatus;
import io.ownership.core.threat.Triage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo backlog of Business Services A, triaged by Daniel Kraus (developer and the team's
 * champion) and decided by Anna Berger (product owner): "Export customer orders as CSV"
 * with a finished threat model whose threat to accept became a risk (and credited
 * Daniel), a footer change that needs no threat model, and a login story still to be
 * decided. Made through the use cases, once: only while the product has no backlog item.
 */
@Component
@Profile("demo")
@Order(50)
class DemoThreats implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoThreats.class);

	static final String PRODUCT = "Business Services A";

	private static final Actor ANNA = new Actor("po-a", Set.of(Role.PRODUCT_OWNER));

	private static final Actor DANIEL = new Actor("dev-a", Set.of(Role.TEAM_MEMBER));

	private final ProductRepository products;

	private final ThreatService threats;

	private final ThreatQuery query;

	private final RiskQuery risks;

	DemoThreats(ProductRepository products, ThreatService threats, ThreatQuery query, RiskQuery risks) {
		this.products = products;
		this.threats = threats;
		this.query = query;
		this.risks = risks;
	}

	@Override
	public void run(ApplicationArguments args) {
		Product product = this.products.findByName(PRODUCT).orElse(null);
		if (product == null) {
			logger.warn("No product " + PRODUCT + ": no demo threat models");
			return;
		}
		if (this.query.figures(ThreatQuery.Scope.of(product.id())).items() > 0) {
			return;
		}
		BacklogItem export = this.threats.triage(DANIEL, product.id(), new NewItem("BSA-101",
				"Export customer orders as CSV", new Triage(false, true, true, false, false, false)));
		export = this.threats.decide(ANNA, export.id(), ThreatDecision.NEEDED,
				"Customer data leaves the shop through a new download", export.version());
		ThreatModel model = this.threats.startModel(DANIEL, export.id());
		this.threats.recordThreat(DANIEL, model.id(),
				new ThreatDraft(Stride.SPOOFING, "Someone downloads another customer's orders",
						"The export is behind the login and filtered by the session's customer", null,
						ThreatStatus.MITIGATED_IN_DESIGN),
				0);
		this.threats.recordThreat(DANIEL, model.id(),
				new ThreatDraft(Stride.DENIAL_OF_SERVICE, "Huge exports slow the shop down for everyone",
						"Stream the file and cap an export at 10,000 orders", "BSA-115",
						ThreatStatus.MITIGATION_PLANNED),
				1);
		Threat leak = this.threats.recordThreat(DANIEL, model.id(),
				new ThreatDraft(Stride.INFORMATION_DISCLOSURE,
						"Exported files stay on laptops and leak customer data when one is lost", null, null,
						ThreatStatus.TO_ACCEPT),
				2);
		Set<AssetId> customerData = this.risks.assetChoices(product.id().value())
			.stream()
			.filter((asset) -> asset.name().toLowerCase().contains("customer"))
			.map((asset) -> new AssetId(asset.id()))
			.collect(Collectors.toSet());
		this.threats.registerRisk(DANIEL, model.id(), leak.id(), new RiskProposal(2, 3, true, customerData), 3);
		this.threats.finish(ANNA, model.id(), 4);

		BacklogItem footer = this.threats.triage(DANIEL, product.id(),
				new NewItem("BSA-102", "Change the footer links", Triage.NOTHING));
		this.threats.decide(ANNA, footer.id(), ThreatDecision.NOT_NEEDED, "Only links to public pages change",
				footer.version());
		this.threats.triage(DANIEL, product.id(), new NewItem("https://tickets.example.org/browse/BSA-103",
				"Log in with the corporate identity provider", new Triage(true, false, true, true, true, false)));
	}

}
