package io.ownership.web.demo;

import java.util.Set;

import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.ProductDefinition;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.shared.Actor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Adds a gap to the demo organization, so that the dashboards have one to show: "Legacy
 * Reporting", owned by the Business Services A team, has neither product owner nor risk
 * owner. Created only when missing.
 */
@Component
@Profile("demo")
@Order(10)
class CatalogDemo implements ApplicationRunner {

	static final String LEGACY_REPORTING = "Legacy Reporting";

	private final CatalogService catalog;

	private final ProductRepository products;

	private final TeamRepository teams;

	CatalogDemo(CatalogService catalog, ProductRepository products, TeamRepository teams) {
		this.catalog = catalog;
		this.products = products;
		this.teams = teams;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.products.findByName(LEGACY_REPORTING).isPresent()) {
			return;
		}
		this.teams.findByName("Business Services A team")
			.ifPresent((team) -> this.catalog.defineProduct(Actor.SYSTEM,
					new ProductDefinition(LEGACY_REPORTING, ProductKind.BUSINESS_SERVICE,
							"Old reporting service; nobody has taken over its ownership yet.", team.id(), null, null,
							Set.of())));
	}

}
