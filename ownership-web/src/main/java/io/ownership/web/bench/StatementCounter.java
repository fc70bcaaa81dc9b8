package io.ownership.web.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Counts every statement the application prepares or creates on its data source.
 */
@Component
@Profile("bench")
class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private final AtomicLong statements = new AtomicLong();

	long count() {
		return this.statements.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
			return Proxy.newProxyInstance(getClass().getClassLoader(),
					new Class<?>[] { DataSource.class, CountingDataSource.class }, (proxy, method, args) -> {
						Object result = invoke(dataSource, method, args);
						if (result instanceof Connection connection) {
							return countingConnection(connection);
						}
						return result;
					});
		}
		return bean;
	}

	private Connection countingConnection(Connection connection) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (STATEMENT_METHODS.contains(method.getName())) {
				this.statements.incrementAndGet();
			}
			return invoke(connection, method, args);
		};
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				handler);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

	/**
	 * Marks a data source that is already counted.
	 */
	interface CountingDataSource {

	}

}
