package io.ownership.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * How sessions are stored in PostgreSQL. Requests of one session run at the same time (a
 * browser loads a page and its fragments, a pipeline of tabs, the benchmark's sixteen
 * connections): when two of them add the same attribute (the CSRF token after a login),
 * Spring Session's plain insert of the second fails on the attribute's primary key and
 * the request answers 500. Its PostgreSQL customizer writes attributes as an upsert, so
 * the last write wins as it does for every other change of a session.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
