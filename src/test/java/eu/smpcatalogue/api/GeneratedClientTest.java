package eu.smpcatalogue.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import eu.smpcatalogue.TestDatabase;
import eu.smpcatalogue.client.ApiClient;
import eu.smpcatalogue.client.ApiException;
import eu.smpcatalogue.client.api.CountriesApi;
import eu.smpcatalogue.client.api.PartnershipsApi;
import eu.smpcatalogue.client.api.VocabulariesApi;
import eu.smpcatalogue.client.model.Element;
import eu.smpcatalogue.client.model.Kind;
import eu.smpcatalogue.client.model.Partnership;
import eu.smpcatalogue.client.model.PartnershipList;
import eu.smpcatalogue.client.model.PartnershipSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A researcher's typed client, generated at build time by openapi-generator (java, native HTTP client,
 * Jackson) from the committed copy of the OpenAPI document, reads the whole catalogue from the running
 * server: every page of the list, every partnership, every country, the vocabularies. What it reads adds up
 * to what the database holds.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class GeneratedClientTest {

	private static final String PUBLISHED = "FROM partnership p WHERE NOT p.retired";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private PartnershipsApi partnerships;

	private CountriesApi countries;

	private VocabulariesApi vocabularies;

	@BeforeEach
	void client() {
		ApiClient client = new ApiClient().setScheme("http").setHost("localhost").setPort(port);
		partnerships = new PartnershipsApi(client);
		countries = new CountriesApi(client);
		vocabularies = new VocabulariesApi(client);
	}

	@Test
	void theClientPagesThroughTheWholeCatalogueAndReadsEveryPartnership() throws Exception {
		int size = 7;
		PartnershipList first = page(1, size);
		List<PartnershipSummary> summaries = new ArrayList<>(first.getItems());
		for (int page = 2; page <= first.getPageCount(); page++) {
			PartnershipList next = page(page, size);
			assertThat(next.getTotal()).isEqualTo(first.getTotal());
			summaries.addAll(next.getItems());
		}
		long published = count("SELECT count(*) " + PUBLISHED);
		assertThat(first.getTotal()).isEqualTo(published);
		assertThat(first.getPageCount()).isEqualTo((int) ((published + size - 1) / size));
		Set<String> slugs = new LinkedHashSet<>(summaries.stream().map(PartnershipSummary::getSlug).toList());
		assertThat(slugs).hasSize(summaries.size()).hasSize((int) published);

		long destinations = 0;
		long origins = 0;
		long figures = 0;
		long sources = 0;
		long present = 0;
		for (String slug : slugs) {
			Partnership partnership = partnerships.partnership(slug, null);
			assertThat(partnership.getSlug()).isEqualTo(slug);
			assertThat(partnership.getElements()).extracting(e -> e.getElement()).containsExactly(Element.values());
			destinations += partnership.getDestinations().getCountries().size();
			origins += partnership.getOrigins().getCountries().size();
			figures += partnership.getFigures().size();
			sources += partnership.getSources().size();
			present += partnership.getElements().stream().filter(e -> e.getStatus().getValue().equals("present")).count();
		}
		assertThat(destinations).isEqualTo(count("SELECT count(*) FROM partnership_destination_country d JOIN partnership p ON p.id = d.partnership_id WHERE NOT p.retired"));
		assertThat(origins).isEqualTo(count("SELECT count(*) FROM partnership_origin_country o JOIN partnership p ON p.id = o.partnership_id WHERE NOT p.retired"));
		assertThat(figures).isEqualTo(count("SELECT count(*) FROM partnership_figure f JOIN partnership p ON p.id = f.partnership_id WHERE NOT p.retired"));
		assertThat(sources).isEqualTo(count("SELECT count(*) FROM partnership_source s JOIN partnership p ON p.id = s.partnership_id WHERE NOT p.retired"));
		assertThat(present).isEqualTo(count("SELECT count(*) FROM partnership_element e JOIN partnership p ON p.id = e.partnership_id WHERE NOT p.retired AND e.status = 'PRESENT'"));
	}

	@Test
	void itsTypedFiltersCountWhatTheDatabaseHolds() throws Exception {
		PartnershipList pilots = partnerships.partnerships(null, null, null, null, null, List.of(Kind.PILOT_PROJECT), null, null,
				null, null, null, null, null, null, null, null, null, 100, null, null, null);
		assertThat(pilots.getTotal()).isEqualTo(count("SELECT count(*) " + PUBLISHED + " AND p.kind = 'PILOT_PROJECT'"))
			.isPositive();
		PartnershipList fromMoroccoOrTunisia = partnerships.partnerships(null, List.of("MA", "TN"), null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, 100, null, null, null);
		assertThat(fromMoroccoOrTunisia.getTotal()).isEqualTo(count("""
				SELECT count(DISTINCT p.id) FROM partnership p JOIN partnership_origin_country o ON o.partnership_id = p.id
				WHERE NOT p.retired AND o.country_code IN ('MA', 'TN')"""));
		assertThat(fromMoroccoOrTunisia.getFacets().getOrigin()).isNotEmpty();
		PartnershipList health = partnerships.partnerships(null, null, null, null, List.of("22"), null, null, null, null,
				null, null, null, null, null, null, null, null, 100, null, null, null);
		assertThat(health.getTotal()).isEqualTo(count("""
				SELECT count(DISTINCT p.id) FROM partnership p JOIN partnership_occupation o ON o.partnership_id = p.id
				WHERE NOT p.retired AND o.isco_code LIKE '22%'""")).isPositive();
	}

	@Test
	void countriesAndVocabulariesAreReadWhole() throws Exception {
		var all = countries.countries(null);
		assertThat(all.getItems()).hasSize((int) count("SELECT count(*) FROM country"));
		assertThat(all.getTotal()).isEqualTo(all.getItems().size());
		// (ApiContractTest reads every country; here the typed answer for one, and Greece by EMN's code.)
		var belgium = countries.country("BE", null);
		assertThat(belgium.getEmnAnswer().getAsked()).isTrue();
		assertThat(belgium.getPartnershipsAsDestination()).hasSize((int) count("""
				SELECT count(*) FROM partnership_destination_country d JOIN partnership p ON p.id = d.partnership_id
				WHERE d.country_code = 'BE' AND NOT p.retired"""));
		assertThat(countries.country("EL", null).getCode()).isEqualTo("GR");
		assertThat(vocabularies.sectors(null).getItems()).hasSize((int) count("SELECT count(*) FROM sector"));
		assertThat(vocabularies.organisations(null).getItems()).hasSize((int) count("SELECT count(*) FROM organisation"));
	}

	@Test
	void anErrorReachesTheClientWithItsStatusAndMessage() {
		ApiException notFound = catchThrowableOfType(ApiException.class, () -> partnerships.partnership("no-such-partnership", null));
		assertThat(notFound.getCode()).isEqualTo(404);
		assertThat(notFound.getResponseBody()).contains("\"message\"").contains("no-such-partnership");
	}

	private PartnershipList page(int page, int size) throws ApiException {
		return partnerships.partnerships(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, page, size, null, null, null);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
