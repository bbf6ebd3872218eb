package eu.smpcatalogue;

import org.springframework.boot.SpringApplication;

/** Runs the application on the tests' database choice (a server from the environment, a container, or embedded). */
public class TestSmpCatalogueApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(SmpCatalogueApplication.class);
		application.addInitializers(new TestDatabase.Initializer());
		application.run(args);
	}

}
