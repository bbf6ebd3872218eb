package eu.smpcatalogue.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import eu.smpcatalogue.CatalogueTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static eu.smpcatalogue.api.ApiTestSupport.call;
import static eu.smpcatalogue.api.ApiTestSupport.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The OpenAPI description and its interactive page, both served by the app itself. */
@CatalogueTest
class OpenApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theDescriptionIsOpenApi3AndListsEveryApiPath() throws Exception {
		JsonNode document = call(mvc, "/v3/api-docs", 200);
		assertThat(document.get("openapi").asString()).startsWith("3.");
		assertThat(document.get("info").get("title").asString()).isEqualTo("SMP Catalogue API");
		assertThat(names(document.get("paths"))).containsExactlyInAnyOrder("/api/partnerships", "/api/partnerships/{slug}",
				"/api/countries", "/api/countries/{code}", "/api/sectors", "/api/organisations");
		for (String path : names(document.get("paths"))) {
			JsonNode operation = document.get("paths").get(path).get("get");
			assertThat(operation).as(path).isNotNull();
			assertThat(operation.get("summary").asString()).as(path).isNotBlank();
			assertThat(names(operation.get("responses"))).as(path).contains("200", "400", "500", "503");
		}
		for (String path : new String[] { "/api/partnerships", "/api/partnerships/{slug}", "/api/countries/{code}" }) {
			assertThat(document.get("paths").get(path).get("get").get("responses").get("404").get("$ref").asString())
				.isEqualTo("#/components/responses/NotFound");
		}
		List<String> parameters = new ArrayList<>();
		document.get("paths").get("/api/partnerships").get("get").get("parameters")
			.forEach(parameter -> parameters.add(parameter.get("name").asString()));
		assertThat(parameters).contains("destination", "origin", "region", "sector", "kind", "category", "status",
				"skill", "funder", "implementer", "element", "from", "to", "q", "sort", "page", "size")
			.doesNotContain("parameters", "locale");
		JsonNode schemas = document.get("components").get("schemas");
		assertThat(names(schemas)).contains("PartnershipList", "Partnership", "Country", "Error");
		assertThat(names(schemas.get("Partnership").get("properties"))).contains("slug", "elements", "figures", "links");
	}

	@Test
	void everyFieldIsRequiredAndNullOnlyWhereTheDataLeavesItEmpty() throws Exception {
		JsonNode schemas = call(mvc, "/v3/api-docs", 200).get("components").get("schemas");
		for (String name : names(schemas)) {
			JsonNode properties = schemas.get(name).get("properties");
			if (properties != null) {
				List<String> required = new ArrayList<>();
				schemas.get(name).get("required").forEach(field -> required.add(field.asString()));
				assertThat(required).as(name).containsExactlyInAnyOrderElementsOf(names(properties));
			}
		}
		JsonNode partnership = schemas.get("Partnership").get("properties");
		assertThat(partnership.get("slug").get("$ref").asString()).isEqualTo("#/components/schemas/Slug");
		assertThat(partnership.get("acronym").get("type").values()).extracting(JsonNode::asString).containsExactly("string", "null");
		assertThat(partnership.get("budget").get("oneOf").get(1).get("type").asString()).isEqualTo("null");
		assertThat(partnership.get("summary").has("oneOf")).isFalse();
		assertThat(partnership.get("version").get("type").asString()).isEqualTo("integer");
		assertThat(schemas.get("Period").get("properties").get("startYear").get("type").values()).extracting(JsonNode::asString)
			.containsExactly("integer", "null");
		assertThat(schemas.get("EmnAnswer").get("properties").get("asked").get("type").asString()).isEqualTo("boolean");
	}

	@Test
	void everyVocabularyIsAnEnumOfTheDomainsKeys() throws Exception {
		JsonNode document = call(mvc, "/v3/api-docs", 200);
		JsonNode schemas = document.get("components").get("schemas");
		assertThat(values(schemas.get("Kind").get("enum"))).containsExactly("bilateral-agreement", "programme", "pilot-project",
				"project", "eu-mobility-partnership", "higher-education-scheme", "scholarship-scheme", "permit-scheme");
		assertThat(values(schemas.get("ElementStatus").get("enum"))).containsExactly("present", "partly", "absent", "not-documented");
		assertThat(values(schemas.get("FigureUnit").get("enum"))).contains("people-per-year", "eur");
		ApiDocument.vocabularies().forEach((name, vocabulary) -> assertThat(schemas.get(name).get("enum")).as(name).hasSize(vocabulary.getEnum().size()));
		assertThat(schemas.get("Figure").get("properties").get("qualifier").get("$ref").asString())
			.isEqualTo("#/components/schemas/FigureQualifier");
		JsonNode parameters = document.get("paths").get("/api/partnerships").get("get").get("parameters");
		for (JsonNode parameter : parameters) {
			if (parameter.get("name").asString().equals("element")) {
				assertThat(values(parameter.get("schema").get("items").get("enum"))).endsWith("mobility", "all");
				assertThat(parameter.get("explode").asBoolean()).isTrue();
			}
			if (parameter.get("name").asString().equals("kind")) {
				assertThat(parameter.get("schema").get("items").get("$ref").asString()).isEqualTo("#/components/schemas/Kind");
			}
		}
	}

	@Test
	void errorsMovesSecurityAndTermsAreDescribed() throws Exception {
		JsonNode document = call(mvc, "/v3/api-docs", 200);
		JsonNode responses = document.get("components").get("responses");
		for (String response : new String[] { "BadRequest", "NotFound", "ServerError", "Unavailable" }) {
			assertThat(responses.get(response).get("content").get("application/json").get("schema").get("$ref").asString())
				.as(response).isEqualTo("#/components/schemas/Error");
		}
		assertThat(responses.get("Unavailable").get("headers").get("Retry-After").get("required").asBoolean()).isTrue();
		assertThat(names(document.get("components").get("schemas").get("Error").get("properties")))
			.containsExactly("status", "error", "message");
		JsonNode moved = document.get("paths").get("/api/partnerships/{slug}").get("get").get("responses").get("301");
		assertThat(moved.has("content")).as("a move has no body").isFalse();
		assertThat(moved.get("headers").get("Location").get("required").asBoolean()).isTrue();
		assertThat(document.get("security").isArray()).isTrue();
		assertThat(document.get("security")).isEmpty();
		assertThat(document.get("info").get("license").get("url").asString()).isEqualTo("http://localhost:8080/sources");
	}

	private static List<String> values(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asString()));
		return values;
	}

	@Test
	void theInteractivePageIsServedFromTheAppWithoutAnotherHost() throws Exception {
		MvcResult redirect = mvc.perform(get("/swagger-ui.html")).andReturn();
		assertThat(redirect.getResponse().getStatus()).isEqualTo(302);
		assertThat(redirect.getResponse().getRedirectedUrl()).endsWith("/swagger-ui/index.html");
		String page = body("/swagger-ui/index.html");
		assertThat(page).contains("swagger-ui-bundle.js").doesNotContain("https://").doesNotContain("http://");
		assertThat(body("/swagger-ui/swagger-ui-bundle.js")).isNotEmpty();
		assertThat(body("/swagger-ui/swagger-ui.css")).isNotEmpty();
		// The page starts from this app's description, never from the petstore example on another host.
		assertThat(body("/swagger-ui/swagger-initializer.js")).contains("/v3/api-docs/swagger-config")
			.doesNotContain("petstore")
			.doesNotContain("https://");
		String configuration = body("/v3/api-docs/swagger-config");
		assertThat(configuration).contains("/v3/api-docs").doesNotContain("petstore").doesNotContain("validator.swagger.io");
	}

	private String body(String url) throws Exception {
		MvcResult result = mvc.perform(get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
