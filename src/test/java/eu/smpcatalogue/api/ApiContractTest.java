package eu.smpcatalogue.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import eu.smpcatalogue.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's contract: every answer the API gives over the seeded catalogue — every partnership, every
 * country, every vocabulary list, the list over a fixed set of filters and every one of its pages, and
 * every kind of error — matches the OpenAPI document the running server publishes at /v3/api-docs,
 * checked by a JSON Schema 2020-12 validator ({@link OpenApiContract}). Real HTTP, as a client meets it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class ApiContractTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The local run's address (README), written in the committed copy instead of the test server's. */
	static final String LOCAL = "http://localhost:8080";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void everyAnswerOfTheApiMatchesThePublishedDocument() throws Exception {
		OpenApiContract contract = new OpenApiContract(get("/v3/api-docs").body());
		List<HttpResponse<String>> responses = new ArrayList<>();

		// The list: every page at the default size and at the largest, in both languages.
		Set<String> slugs = new LinkedHashSet<>();
		for (String selection : new String[] { "", "size=100", "size=7&lang=fr" }) {
			HttpResponse<String> first = get("/api/partnerships" + (selection.isEmpty() ? "" : "?" + selection));
			responses.add(first);
			int pageCount = JSON.readTree(first.body()).get("pageCount").asInt();
			for (int page = 2; page <= pageCount; page++) {
				responses.add(get("/api/partnerships?" + (selection.isEmpty() ? "" : selection + "&") + "page=" + page));
			}
		}
		responses.stream().map(r -> JSON.readTree(r.body()).get("items")).forEach(items -> items.forEach(item -> slugs.add(item.get("slug").asString())));

		// One filter of each kind, by the first value its facet offers, then combinations, searches and orders.
		JsonNode facets = JSON.readTree(responses.get(0).body()).get("facets");
		for (String facet : facets.propertyNames()) {
			responses.add(get("/api/partnerships?" + facet + "=" + facets.get(facet).get(0).get("value").asString()));
		}
		for (String query : new String[] { "destination=BE&origin=MA", "origin=MA&origin=TN&size=2&page=2",
				"region=africa&sector=health", "element=all", "element=training&element=mobility", "from=2018&to=2022",
				"from=2030", "q=health", "q=sant%C3%A9&lang=fr", "q=health&sort=relevance", "q=zzzzzzzz", "sort=name",
				"sort=start", "sort=start-desc", "sort=updated", "destination=el", "status=ongoing&skill=mixed&lang=fr" }) {
			responses.add(get("/api/partnerships?" + query));
		}

		// Every partnership, every country, every vocabulary list.
		for (String slug : slugs) {
			responses.add(get("/api/partnerships/" + slug));
		}
		HttpResponse<String> countries = get("/api/countries");
		responses.add(countries);
		JSON.readTree(countries.body()).get("items").forEach(country -> responses.add(get("/api/countries/" + country.get("code").asString())));
		for (String path : new String[] { "/api/countries/EL", "/api/countries/be", "/api/countries?lang=fr",
				"/api/sectors", "/api/sectors?lang=fr", "/api/organisations", "/api/organisations?lang=fr" }) {
			responses.add(get(path));
		}

		// Every kind of error, and the move from an old slug.
		for (String path : new String[] { "/api/partnerships?origin=ZZ", "/api/partnerships?kind=nonsense",
				"/api/partnerships?page=0", "/api/partnerships?page=abc", "/api/partnerships?size=101",
				"/api/partnerships?size=0", "/api/partnerships?from=2022&to=2018", "/api/partnerships?from=year",
				"/api/partnerships?q=a&q=b", "/api/partnerships?sort=bogus", "/api/partnerships?q=" + "x".repeat(201),
				"/api/partnerships?q=%FF%FE", "/api/partnerships?page=999", "/api/partnerships/no-such-partnership",
				"/api/countries/ZZ", "/api/countries/BEL", "/api/no/such/endpoint", "/api/partnerships/palim/more",
				"/api/a%00b", "/api/partnerships//x", "/api/partnerships/%2e%2e/x", "/api/partnerships;x=y",
				"/api/partnerships/palim?x=%FF%FE", "/api/countries?x=%FF%FE", "/api/sectors?q=%FF", "/api/organisations?q=%C0%AF",
				"/api/countries/BE?x=%FF%FE" }) {
			responses.add(get(path));
		}
		responses.add(send(HttpRequest.newBuilder(uri("/api/partnerships?origin=ZZ")).header("Accept", "text/html").GET()));
		responses.add(send(HttpRequest.newBuilder(uri("/api/partnerships/no-such-partnership")).header("Accept", "application/xml").GET()));
		responses.add(movedFromAnOldSlug());
		// The API is read-only: any other method is refused, with the same error shape.
		responses.add(send(HttpRequest.newBuilder(uri("/api/partnerships")).POST(HttpRequest.BodyPublishers.noBody())));
		responses.add(send(HttpRequest.newBuilder(uri("/api/partnerships/palim")).DELETE()));

		List<String> mismatches = new ArrayList<>();
		int failed = 0;
		for (HttpResponse<String> response : responses) {
			List<String> found = contract.mismatches(response);
			mismatches.addAll(found);
			failed += found.isEmpty() ? 0 : 1;
		}
		System.out.printf("API contract: %d responses checked against /v3/api-docs, %d with mismatches%n", responses.size(), failed);
		assertThat(slugs).hasSize(count("SELECT count(*) FROM partnership WHERE NOT retired"));
		assertThat(mismatches).as("%d of %d responses do not match the published document", failed, responses.size())
			.isEmpty();
	}

	/**
	 * Answers given before the API's code runs — a parameter that is not UTF-8, an address the firewall
	 * refuses, a method other than GET — have the API's one error shape, not the error page's
	 * {timestamp, status, error, path}.
	 */
	@Test
	void refusalsBeforeTheApiHaveTheApiErrorShape() {
		HttpResponse<String> undecodable = get("/api/partnerships?q=%FF%FE");
		HttpResponse<String> refused = get("/api/partnerships//x");
		HttpResponse<String> posted = send(HttpRequest.newBuilder(uri("/api/partnerships")).POST(HttpRequest.BodyPublishers.noBody()));
		HttpResponse<String> french = send(HttpRequest.newBuilder(uri("/api/partnerships?q=%FF%FE")).header("Accept-Language", "fr").GET());
		for (HttpResponse<String> response : List.of(undecodable, refused, posted, french)) {
			JsonNode error = JSON.readTree(response.body());
			assertThat(ApiTestSupport.names(error)).as(response.uri().toString()).containsExactly("status", "error", "message");
			assertThat(error.get("status").asInt()).isEqualTo(response.statusCode());
		}
		assertThat(undecodable.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(undecodable.body()).get("message").asString()).contains("percent-encoded UTF-8");
		assertThat(JSON.readTree(french.body()).get("message").asString()).contains("UTF-8 correctement encodé");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(refused.body()).get("message").asString()).contains("could not be read");
		assertThat(posted.statusCode()).isEqualTo(403);
		assertThat(JSON.readTree(posted.body()).get("message").asString()).contains("read-only");
	}

	/**
	 * The typed client is generated at build time from the committed copy {@code src/test/resources/openapi.json}
	 * ({@code GeneratedClientTest} uses it): the copy must be what the server publishes. The server's own
	 * address (a random port here) is written as the local run's, {@value #LOCAL}. The published document is
	 * left at {@code target/openapi.json} for the linter (.ci/run) and, when it changed, for copying over.
	 */
	@Test
	void theCommittedCopyIsThePublishedDocument() throws Exception {
		String published = get("/v3/api-docs").body().replace("http://localhost:" + port, LOCAL);
		JsonNode document = JSON.readTree(published);
		Path target = Path.of("target", "openapi.json");
		Files.createDirectories(target.getParent());
		Files.writeString(target, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n");
		JsonNode committed = JSON.readTree(Files.readString(Path.of("src", "test", "resources", "openapi.json")));
		List<String> differences = new ArrayList<>();
		differences(committed, document, "", differences);
		assertThat(differences).as("The published OpenAPI document changed: review target/openapi.json, copy it to "
				+ "src/test/resources/openapi.json and rebuild (the client is generated from the copy)")
			.isEmpty();
	}

	/** Where two documents differ, as JSON pointers (key order aside). */
	private static void differences(JsonNode committed, JsonNode published, String at, List<String> found) {
		if (committed.isObject() && published.isObject()) {
			Set<String> names = new LinkedHashSet<>(committed.propertyNames());
			names.addAll(published.propertyNames());
			for (String name : names) {
				if (!committed.has(name) || !published.has(name)) {
					found.add(at + "/" + name + (committed.has(name) ? " is no longer published" : " is new"));
				}
				else {
					differences(committed.get(name), published.get(name), at + "/" + name, found);
				}
			}
		}
		else if (!committed.equals(published)) {
			found.add(at + ": " + committed + " → " + published);
		}
	}

	/** An address from before a slug changed (an alias planted for this request, then removed). */
	private HttpResponse<String> movedFromAnOldSlug() {
		jdbc.sql("INSERT INTO partnership_slug_alias (slug, partnership_id) SELECT 'contract-old-slug', id FROM partnership WHERE slug = 'palim'")
			.update();
		try {
			HttpResponse<String> moved = get("/api/partnerships/contract-old-slug");
			assertThat(moved.statusCode()).isEqualTo(301);
			return moved;
		}
		finally {
			jdbc.sql("DELETE FROM partnership_slug_alias WHERE slug = 'contract-old-slug'").update();
		}
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

	private HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
