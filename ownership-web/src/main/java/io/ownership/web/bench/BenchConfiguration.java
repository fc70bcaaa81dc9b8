package io.ownership.web.bench;

import io.ownership.web.support.StatementCounter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;

/**
 * With the {@code bench} profile, every SQL statement is counted so that the benchmark
 * can report statements per request, and the bare reference table is open.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchConfiguration {

	@Bean
	static StatementCounter statementCounter() {
		return StatementCounter.totalOnly();
	}

	/**
	 * The bare reference table is served without the security chain.
	 */
	@Bean
	WebSecurityCustomizer bareReference() {
		return (web) -> web.ignoring().requestMatchers("/bench/bare");
	}

}
