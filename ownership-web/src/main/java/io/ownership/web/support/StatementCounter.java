package io.ownership.web.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements prepared or created on the application's {@link DataSource},
 * whoever issues them (Hibernate, JdbcClient, Flyway): in all ({@link #total()}, which
 * the benchmark reports per request) and on the current thread ({@link #count()}, which
 * the statement-count tests compare, without the session's own statements), and the
 * connections taken and transactions begun on the current thread ({@link #connections()},
 * {@link #transactions()}: one of each per page). Registered only where asked for: the
 * {@code bench} profile ({@link #totalOnly()}: the benchmark reads the total alone, and a
 * thread that is never reset would keep every statement's SQL it ran), or a test's
 * {@code @Import(StatementCounter.class)}.
 */
public class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

	private static final ThreadLocal<List<String>> SQL = ThreadLocal.withInitial(ArrayList::new);

	private static final ThreadLocal<List<String>> SESSION_SQL = ThreadLocal.withInitial(ArrayList::new);

	private static final ThreadLocal<int[]> CONNECTIONS = ThreadLocal.withInitial(() -> new int[2]);

	private static final AtomicLong TOTAL = new AtomicLong();

	private final boolean perThread;

	/**
	 * Counts in all and on the current thread, as the statement-count tests read them.
	 */
	public StatementCounter() {
		this(true);
	}

	private StatementCounter(boolean perThread) {
		this.perThread = perThread;
	}

	/**
	 * Counts only in all ({@link #total()}), as the benchmark reads it.
	 */
	public static StatementCounter totalOnly() {
		return new StatementCounter(false);
	}

	public static void reset() {
		COUNT.get()[0] = 0;
		SQL.get().clear();
		SESSION_SQL.get().clear();
		CONNECTIONS.get()[0] = 0;
		CONNECTIONS.get()[1] = 0;
	}

	/**
	 * How many of the statements counted on the current thread since {@link #reset()}
	 * read or write the table (a prepared statement whose SQL names it), so that a test
	 * can tell that a page loads a thing once.
	 */
	public static int count(String table) {
		Pattern name = Pattern.compile("\\b" + Pattern.quote(table) + "\\b", Pattern.CASE_INSENSITIVE);
		return (int) SQL.get().stream().filter((sql) -> name.matcher(sql).find()).count();
	}

	/**
	 * The SQL of the session's own statements (Spring Session's {@code spring_session}
	 * tables, left out of {@link #count()}) the current thread ran since
	 * {@link #reset()}.
	 */
	public static List<String> sessionStatements() {
		return List.copyOf(SESSION_SQL.get());
	}

	/**
	 * The connections the current thread took from the pool since {@link #reset()}.
	 */
	public static int connections() {
		return CONNECTIONS.get()[0];
	}

	/**
	 * The transactions the current thread began since {@link #reset()} (auto-commit
	 * switched off on a connection).
	 */
	public static int transactions() {
		return CONNECTIONS.get()[1];
	}

	public static int count() {
		return COUNT.get()[0];
	}

	/**
	 * The number of statements the current thread ran while the action ran.
	 */
	public static int count(Runnable action) {
		reset();
		action.run();
		return count();
	}

	/**
	 * Every statement counted since the application started.
	 */
	public static long total() {
		return TOTAL.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
			if (!this.perThread) {
				return proxy(DataSource.class, dataSource, (target, method, args) -> {
					Object result = invoke(target, method, args);
					return (result instanceof Connection connection) ? countingInAll(connection) : result;
				});
			}
			return proxy(DataSource.class, dataSource, (target, method, args) -> {
				Object result = invoke(target, method, args);
				if (result instanceof Connection connection) {
					CONNECTIONS.get()[0]++;
					return counting(connection);
				}
				return result;
			});
		}
		return bean;
	}

	private static Connection countingInAll(Connection connection) {
		return proxy(Connection.class, connection, (target, method, args) -> {
			if (STATEMENT_METHODS.contains(method.getName())) {
				TOTAL.incrementAndGet();
			}
			return invoke(target, method, args);
		});
	}

	private static Connection counting(Connection connection) {
		return proxy(Connection.class, connection, (target, method, args) -> {
			if (STATEMENT_METHODS.contains(method.getName())) {
				if (sessionStore(args)) {
					SESSION_SQL.get().add((String) args[0]);
				}
				else {
					COUNT.get()[0]++;
					if (args != null && args.length > 0 && args[0] instanceof String sql) {
						SQL.get().add(sql);
					}
				}
				TOTAL.incrementAndGet();
			}
			if ("setAutoCommit".equals(method.getName()) && Boolean.FALSE.equals(args[0])) {
				CONNECTIONS.get()[1]++;
			}
			return invoke(target, method, args);
		});
	}

	/**
	 * The session's own reads and writes (Spring Session's {@code spring_session}
	 * tables), the same few on every request whatever the page: left out of
	 * {@link #count()}, so that the tests compare what the page itself reads, and counted
	 * in {@link #total()}.
	 */
	private static boolean sessionStore(Object[] args) {
		return args != null && args.length > 0 && args[0] instanceof String sql
				&& sql.toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION");
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Handler handler) {
		InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, invocation);
	}

	@FunctionalInterface
	private interface Handler {

		Object handle(Object target, Method method, Object[] args) throws Throwable;

	}

}
