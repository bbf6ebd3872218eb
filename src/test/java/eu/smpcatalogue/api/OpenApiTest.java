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
			assertThat(names(operation.get("responses"))).as(path).contains("200", "400", "404");
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
