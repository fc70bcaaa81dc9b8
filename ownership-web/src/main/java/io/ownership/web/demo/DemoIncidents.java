package io.ownership.web.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.ownership.core.shared.Role;
import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.incident.IncidentDetails;
import io.ownership.core.incident.IncidentFilter;
import io.ownership.core.incident.IncidentQuery;
import io.ownership.core.incident.IncidentService;
import io.ownership.core.incident.IncidentTimes;
import io.ownership.core.incident.PostMortem;
import io.ownership.core.incident.SecurityIncident;
import io.ownership.core.incident.Viewer;
import io.ownership.core.responsibility.matrix.ActivityId;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.risk.NewRisk;
import io.ownership.core.risk.RiskDescription;
import io.ownership.core.risk.RiskFlags;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.RiskPeople;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.PageRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo incidents of Business Services A: a leaked API key of the customer database,
 * contained and resolved, closed with its blameless post-mortem (the incident-management
 * activity "Coordinate the incident response" was unclear), a risk registered from it and
 * an action for Daniel Kraus (on his home page); and a phishing incident still open.
 * Recorded by the security manager, the post-mortem written by Anna Berger (the product's
 * owner), through the use cases, once: only while the product has no incident.
 */
@Component
@Profile("demo")
@Order(55)
class DemoIncidents implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoIncidents.class);

	static final String PRODUCT = "Business Services A";

	static final UseCaseId INCIDENT_MANAGEMENT = new UseCaseId(UUID.fromString("175e63f2-180a-589e-9827-73c7c9d9c793"));

	static final ActivityId COORDINATE = new ActivityId(UUID.fromString("070042d9-b27d-5b58-8ade-7ea37b3f7e48"));

	private static final Actor MANAGER = new Actor("manager", Set.of(Role.SECURITY_MANAGER));

	private static final Actor ANNA = new Actor("po-a", Set.of(Role.PRODUCT_OWNER));

	private final ProductRepository products;

	private final IncidentService incidents;

	private final IncidentQuery query;

	private final RiskQuery risks;

	private final RiskPeople people;

	private final Clock clock;

	DemoIncidents(ProductRepository products, IncidentService incidents, IncidentQuery query, RiskQuery risks,
			RiskPeople people, Clock clock) {
		this.products = products;
		this.incidents = incidents;
		this.query = query;
		this.risks = risks;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Product product = this.products.findByName(PRODUCT).orElse(null);
		if (product == null) {
			logger.warn("No product " + PRODUCT + ": no demo incidents");
			return;
		}
		if (this.query.list(IncidentFilter.ofProduct(product.id().value()), Viewer.EVERYONE, PageRequest.of(0, 1))
			.totalElements() > 0) {
			return;
		}
		Set<AssetId> customerData = this.risks.assetChoices(product.id().value())
			.stream()
			.filter((asset) -> asset.name().toLowerCase().contains("customer"))
			.map((asset) -> new AssetId(asset.id()))
			.collect(Collectors.toSet());
		Instant detected = this.clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(12));
		SecurityIncident leak = this.incidents.report(MANAGER, product.id(), new IncidentDetails(
				"API key of the customer database in a public repository",
				"A developer's test script with the production key was pushed to a public fork.\n"
						+ "Secret scanning alerted the security team.",
				RiskLevel.HIGH,
				new IncidentTimes(detected, detected.plus(Duration.ofHours(3)), detected.plus(Duration.ofHours(26))),
				customerData, Set.of()));
		this.incidents.writePostMortem(ANNA, leak.id(), null, new PostMortem.PostMortemText("""
				09:00 secret scanning alerts the security team
				10:30 the platform team is asked to rotate the key: nobody knew it was theirs to coordinate
				12:00 key rotated, public fork deleted on request
				next day 11:00 access logs checked: no use of the key from outside""",
				"Production keys are allowed on developer laptops.\n"
						+ "The matrix names no one to coordinate an incident of Business Services A on the platform.",
				"Secret scanning alerted within minutes; the platform team rotated the key in 90 minutes.", null),
				INCIDENT_MANAGEMENT, COORDINATE);
		this.incidents.registerRisk(ANNA, leak.id(),
				new NewRisk(product.id(), new RiskDescription("Production keys on developer laptops",
						"Found in the post-mortem of the leaked API key: nothing keeps production keys off laptops.",
						RiskSource.INCIDENT, "API key of the customer database in a public repository"), 3, 4,
						new RiskFlags(Set.of(), true, null), customerData));
		this.people.personOf("dev-a")
			.ifPresent((daniel) -> this.incidents.openAction(ANNA, leak.id(),
					"Move the test scripts to short-lived keys from the vault", daniel,
					LocalDate.now(this.clock).plusDays(21)));
		this.incidents.close(ANNA, leak.id());

		Instant phished = this.clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(6));
		this.incidents.report(MANAGER, product.id(),
				new IncidentDetails("Phishing mail to the shop's support team", null, RiskLevel.MEDIUM,
						new IncidentTimes(phished, phished.plus(Duration.ofHours(2)), null), Set.of(), Set.of()));
	}

}
