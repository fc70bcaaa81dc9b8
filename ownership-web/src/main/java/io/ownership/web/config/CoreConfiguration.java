package io.ownership.web.config;

import java.time.Clock;
import java.time.Duration;

import io.ownership.core.account.AccountRepository;
import io.ownership.core.account.AccountService;
import io.ownership.core.account.LoginThrottle;
import io.ownership.core.account.PasswordHasher;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.AssetRepository;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.PersonRepository;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.catalog.TeamRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The core's use cases as Spring beans. Their {@code jakarta.transaction.Transactional}
 * annotations are honoured by Spring's transaction manager.
 */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	LoginThrottle loginThrottle(@Value("${ownership.login.max-failures:5}") int maxFailures,
			@Value("${ownership.login.lock-duration:15m}") Duration lockDuration) {
		return new LoginThrottle(maxFailures, lockDuration);
	}

	@Bean
	PasswordHasher passwordHasher(PasswordEncoder encoder) {
		return encoder::encode;
	}

	@Bean
	AccountService accountService(AccountRepository accounts, PasswordHasher hasher, AuditLog audit, Clock clock,
			LoginThrottle throttle) {
		return new AccountService(accounts, hasher, audit, clock, throttle);
	}

	@Bean
	CatalogService catalogService(TeamRepository teams, PersonRepository people, ProductRepository products,
			AssetRepository assets, AuditLog audit, Clock clock) {
		return new CatalogService(teams, people, products, assets, audit, clock);
	}

}
