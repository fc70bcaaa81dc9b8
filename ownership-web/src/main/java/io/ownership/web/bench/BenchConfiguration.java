package io.ownership.web.bench;

import io.ownership.web.support.StatementCounter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * With the {@code bench} profile, every SQL statement is counted so that the benchmark
 * can report statements per request.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchConfiguration {

	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

}
