package io.ownership.web.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.util.ClassUtils;
import org.springframework.context.annotation.Bean;

/**
 * Counts the JDBC statements this thread prepares or creates, whoever issues them
 * (Hibernate, JdbcClient, Flyway). Import {@link Configuration} into a Spring test, then
 * {@link #reset()} before and {@link #count()} after the request to measure.
 */
public final class StatementCounter {

	private static final ThreadLocal<AtomicInteger> COUNT = ThreadLocal.withInitial(AtomicInteger::new);

	private StatementCounter() {
	}

	public static void reset() {
		COUNT.get().set(0);
	}

	public static int count() {
		return COUNT.get().get();
	}

	/**
	 * Wraps the application's DataSource so that its connections count statements.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		static BeanPostProcessor statementCountingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
						return proxy(DataSource.class, dataSource, (target, method, args) -> {
							Object result = invoke(method, target, args);
							if (result instanceof Connection connection) {
								return proxy(Connection.class, connection, (c, m, a) -> {
									if (m.getName().equals("prepareStatement") || m.getName().equals("createStatement")
											|| m.getName().equals("prepareCall")) {
										COUNT.get().incrementAndGet();
									}
									return invoke(m, c, a);
								});
							}
							return result;
						});
					}
					return bean;
				}
			};
		}

	}

	@FunctionalInterface
	private interface Handler<T> {

		Object handle(T target, java.lang.reflect.Method method, Object[] args) throws Throwable;

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
		InvocationHandler invocation = (proxy, method, args) -> {
			if (method.getName().equals("unwrap") && args != null && args.length == 1
					&& ((Class<?>) args[0]).isInstance(target)) {
				return target;
			}
			return handler.handle(target, method, args);
		};
		return (T) Proxy.newProxyInstance(target.getClass().getClassLoader(), ClassUtils.getAllInterfaces(target),
				invocation);
	}

	private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
