package eu.smpcatalogue.performance;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every SQL statement the application sends, whichever way it goes (Hibernate, JdbcTemplate,
 * Flyway): the test context's DataSource is wrapped so that each {@code execute…} call on a statement is
 * recorded with its SQL. Tests only; the application's DataSource is untouched in production.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

	private static final List<String> statements = Collections.synchronizedList(new ArrayList<>());

	/**
	 * The thread whose statements are recorded: the one serving the request (MockMvc runs it on the test's
	 * thread), not the scheduler's housekeeping that may run meanwhile.
	 */
	private static volatile Thread recording;

	/** Or the threads whose name starts with this: those a test starts to send requests at once. */
	private static volatile String recordingThreads;

	/** Starts a fresh record of the statements this thread sends from now on. */
	public static void start() {
		statements.clear();
		recordingThreads = null;
		recording = Thread.currentThread();
	}

	/** Starts a fresh record of the statements sent by the threads named {@code prefix…} from now on. */
	public static void startThreads(String prefix) {
		statements.clear();
		recording = null;
		recordingThreads = prefix;
	}

	/** Stops recording and gives the statements sent since {@link #start()}. */
	public static List<String> stop() {
		recording = null;
		recordingThreads = null;
		synchronized (statements) {
			return List.copyOf(statements);
		}
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource ? wrap(DataSource.class, dataSource, null) : bean;
			}
		};
	}

	private static <T> T wrap(Class<T> type, T target, String sql) {
		InvocationHandler handler = (proxy, method, arguments) -> {
			Object result = invoke(method, target, arguments);
			if (result instanceof Connection connection) {
				return wrap(Connection.class, connection, null);
			}
			if (result instanceof Statement statement && method.getName().startsWith("prepare")) {
				return wrap(interfaceOf(statement), statement, (String) arguments[0]);
			}
			if (result instanceof Statement statement) {
				return wrap(interfaceOf(statement), statement, null);
			}
			if (recorded(Thread.currentThread()) && target instanceof Statement && method.getName().startsWith("execute")) {
				statements.add(sql != null ? sql : (arguments != null && arguments.length > 0 ? String.valueOf(arguments[0]) : "?"));
			}
			return result;
		};
		return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler));
	}

	private static boolean recorded(Thread thread) {
		String threads = recordingThreads;
		return recording == thread || threads != null && thread.getName().startsWith(threads);
	}

	@SuppressWarnings("unchecked")
	private static <S extends Statement> Class<S> interfaceOf(Statement statement) {
		if (statement instanceof java.sql.CallableStatement) {
			return (Class<S>) java.sql.CallableStatement.class;
		}
		if (statement instanceof java.sql.PreparedStatement) {
			return (Class<S>) java.sql.PreparedStatement.class;
		}
		return (Class<S>) Statement.class;
	}

	private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
