package eu.smpcatalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real PostgreSQL the tests run on, chosen once per JVM: a server named by the environment
 * ({@code SMP_TEST_DATABASE_URL}, with {@code _USERNAME} and {@code _PASSWORD}), else a
 * {@code postgres:17} container when a Docker engine answers, else an embedded PostgreSQL 17. Each
 * run gets a fresh database, dropped at the end. Never skipped.
 */
public final class TestDatabase {

	private static final TestDatabase INSTANCE = start();

	private final String description;

	private final String url;

	private final String username;

	private final String password;

	private TestDatabase(String description, String url, String username, String password) {
		this.description = description;
		this.url = url;
		this.username = username;
		this.password = password;
	}

	public static TestDatabase get() {
		return INSTANCE;
	}

	public String url() {
		return url;
	}

	public String username() {
		return username;
	}

	public String password() {
		return password;
	}

	@Override
	public String toString() {
		return description;
	}

	private static TestDatabase start() {
		String serverUrl = System.getenv("SMP_TEST_DATABASE_URL");
		TestDatabase database;
		if (serverUrl != null && !serverUrl.isBlank()) {
			database = onServer(serverUrl, env("SMP_TEST_DATABASE_USERNAME", "postgres"),
					env("SMP_TEST_DATABASE_PASSWORD", ""));
		}
		else if (dockerAnswers()) {
			database = inContainer();
		}
		else {
			database = embedded();
		}
		System.out.println("Tests run on " + database);
		return database;
	}

	/** A fresh database on the named server, dropped when the JVM ends. */
	private static TestDatabase onServer(String serverUrl, String username, String password) {
		String name = "smp_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		execute(serverUrl, username, password, "CREATE DATABASE " + name);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> execute(serverUrl, username, password, "DROP DATABASE IF EXISTS " + name
					+ " WITH (FORCE)")));
		String url = serverUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
		return new TestDatabase("the PostgreSQL server at " + serverUrl + " (database " + name + ")", url, username,
				password);
	}

	private static TestDatabase inContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
		container.start();
		Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
		return new TestDatabase("a postgres:17 container", container.getJdbcUrl(), container.getUsername(),
				container.getPassword());
	}

	private static TestDatabase embedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// The JVM is ending; the temporary directory goes with it.
				}
			}));
			return new TestDatabase("an embedded PostgreSQL", postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The embedded PostgreSQL did not start", ex);
		}
	}

	private static boolean dockerAnswers() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static void execute(String url, String username, String password, String sql) {
		try (Connection connection = DriverManager.getConnection(url, username, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + url, ex);
		}
	}

	private static String env(String name, String absent) {
		String value = System.getenv(name);
		return value == null ? absent : value;
	}

	/** Points a test's application context at the test database. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestDatabase database = get();
			TestPropertyValues
				.of("spring.datasource.url=" + database.url(), "spring.datasource.username=" + database.username(),
						"spring.datasource.password=" + database.password(),
						// Every test context shares the database: the outbox is sent only when a test asks
						// (OutboxSender.sendDue), never by one context's timer while another reads it.
						"smp.mail.send-every=PT24H")
				.applyTo(context.getEnvironment());
		}

	}

}
