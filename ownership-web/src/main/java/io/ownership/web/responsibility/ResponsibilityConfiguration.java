package io.ownership.web.responsibility;

import java.time.Clock;

import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.responsibility.ChampionDirectory;
import io.ownership.core.responsibility.MatrixRepository;
import io.ownership.core.responsibility.ProductResponsibilities;
import io.ownership.core.responsibility.ResponsibilityReadModel;
import io.ownership.core.responsibility.ResponsibilityService;
import io.ownership.core.responsibility.UseCaseRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The responsibility feature's use cases as beans. The champions directory comes from the
 * champions program when it is there; without it the security champion party shows as not
 * recorded.
 */
@Configuration(proxyBeanMethods = false)
class ResponsibilityConfiguration {

	@Bean
	ResponsibilityService responsibilityService(UseCaseRepository useCases, MatrixRepository matrices,
			TeamRepository teams, ProductRepository products, AuditLog audit, Clock clock) {
		return new ResponsibilityService(useCases, matrices, teams, products, audit, clock);
	}

	@Bean
	ProductResponsibilities productResponsibilities(ResponsibilityReadModel reads, ChampionDirectory champions) {
		return new ProductResponsibilities(reads, champions);
	}

}
