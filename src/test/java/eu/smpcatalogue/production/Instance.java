package eu.smpcatalogue.production;

import java.util.ArrayList;
import java.util.List;

import eu.smpcatalogue.SmpCatalogueApplication;
import eu.smpcatalogue.TestDatabase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One instance of the catalogue as production runs it: the whole application on a real HTTP port,
 * on the tests' PostgreSQL (or another database URL), sharing nothing with other instances but that.
 */
final class Instance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private Instance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** An instance on the tests' database. */
	static Instance start(String... arguments) {
		return start(new TestDatabase.Initializer(), arguments);
	}

	/** An instance on the tests' database reached through another URL, such as a proxy's. */
	static Instance startOn(String databaseUrl, String... arguments) {
		TestDatabase database = TestDatabase.get();
		return start(context -> TestPropertyValues
			.of("spring.datasource.url=" + databaseUrl, "spring.datasource.username=" + database.username(),
					"spring.datasource.password=" + database.password())
			.applyTo(context.getEnvironment()), arguments);
	}

	private static Instance start(ApplicationContextInitializer<ConfigurableApplicationContext> database,
			String... arguments) {
		SpringApplication application = new SpringApplication(SmpCatalogueApplication.class);
		application.addInitializers(database);
		List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
		all.addAll(List.of(arguments));
		return new Instance(application.run(all.toArray(String[]::new)));
	}

	String url(String path) {
		return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort() + path;
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	@Override
	public void close() {
		context.close();
	}

}
