package io.ownership.web.security;

import java.time.Duration;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.SmartInstantiationAwareBeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How sessions are stored in PostgreSQL. Requests of one session run at the same time (a
 * browser loads a page and its fragments, a pipeline of tabs, the benchmark's sixteen
 * connections): when two of them add the same attribute (the CSRF token after a login),
 * Spring Session's plain insert of the second fails on the attribute's primary key and
 * the request answers 500. Its PostgreSQL customizer writes attributes as an upsert, so
 * the last write wins as it does for every other change of a session. Boot's repository
 * reads the attributes every request needs once per distinct bytes
 * ({@link SessionAttributeReader}) and is then wrapped in a {@link SessionStore}, so that
 * a steady request costs one select (a wrapper bean of our own would make Boot's JDBC
 * session configuration back off).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * Spring Session's transactions as before (a new one of the application's transaction
	 * manager), except the read of a session outside a transaction: see
	 * {@link SessionStore#readingWithoutTransaction}.
	 */
	@Bean
	TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactionManager) {
		TransactionTemplate transactions = new TransactionTemplate(transactionManager);
		transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return SessionStore.readingWithoutTransaction(transactions);
	}

	@Bean
	static BeanPostProcessor sessionStore(Environment environment) {
		return new SmartInstantiationAwareBeanPostProcessor() {

			@Override
			public Class<?> predictBeanType(Class<?> beanClass, String beanName) {
				return JdbcIndexedSessionRepository.class.isAssignableFrom(beanClass) ? SessionStore.class : null;
			}

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcIndexedSessionRepository repository) {
					repository.setConversionService(
							SessionAttributeReader.conversionService(SessionStoreConfiguration.class.getClassLoader()));
					return new SessionStore(repository, environment
						.getProperty("ownership.session.access-write-interval", Duration.class, Duration.ofMinutes(1)));
				}
				return bean;
			}

		};
	}

	@Bean
	FilterRegistrationBean<SessionStore.RequestScope> sessionStoreRequestScope() {
		FilterRegistrationBean<SessionStore.RequestScope> registration = new FilterRegistrationBean<>(
				new SessionStore.RequestScope());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		return registration;
	}

}
