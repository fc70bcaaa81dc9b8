package io.ownership.web.catalog;

import java.time.Clock;

import io.ownership.core.audit.AuditLog;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.catalog.AssetRepository;
import io.ownership.core.catalog.CatalogEditing;
import io.ownership.core.catalog.PersonRepository;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.catalog.TeamRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The catalog's editing use cases as a bean.
 */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

	@Bean
	CatalogEditing catalogEditing(TeamRepository teams, PersonRepository people, ProductRepository products,
			AssetRepository assets, AuditLog audit, AuditQuery history, Clock clock) {
		return new CatalogEditing(teams, people, products, assets, audit, history, clock);
	}

}
