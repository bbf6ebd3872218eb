package eu.smpcatalogue;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SmpCatalogueApplication {

	public static void main(String[] args) {
		SpringApplication.run(SmpCatalogueApplication.class, args);
	}

}
