package eu.smpcatalogue.api;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import eu.smpcatalogue.CatalogueTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The detail page's JSON-LD, expanded by a JSON-LD processor (Titanium) that may load nothing: its inline
 * context is all it needs, and every term and type it uses expands to a schema.org IRI.
 */
@CatalogueTest
class JsonLdExpansionTest {

	private static final String SCHEMA = "https://schema.org/";

	@Autowired
	MockMvc mvc;

	private final List<URI> loads = new ArrayList<>();

	/** Refuses every remote document, and notes that one was asked for. */
	private final DocumentLoader offline = (url, options) -> {
		loads.add(url);
		throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "No network in this test: " + url);
	};

	@Test
	void theJsonLdExpandsOfflineToSchemaOrgTerms() throws Exception {
		for (String url : List.of("/partnerships/palim", "/partnerships/palim?lang=fr")) {
			JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(jsonLd(url)))).loader(offline).get();
			assertThat(loads).as("remote documents asked for").isEmpty();
			assertThat(expanded).hasSize(1);
			JsonObject project = expanded.getJsonObject(0);
			assertThat(project.getJsonArray("@type").getString(0)).isEqualTo(SCHEMA + "Project");
			assertThat(project.getString("@id")).isEqualTo("http://localhost:8080/partnerships/palim#partnership");
			assertThat(project.getJsonArray(SCHEMA + "name").getJsonObject(0).getString("@value")).isNotBlank();
			// Addresses are IRIs, as in schema.org's own context.
			assertThat(project.getJsonArray(SCHEMA + "url").getJsonObject(0).getString("@id"))
				.isEqualTo("http://localhost:8080/partnerships/palim");
			JsonObject page = project.getJsonArray(SCHEMA + "subjectOf").getJsonObject(0);
			assertThat(page.getJsonArray("@type").getString(0)).isEqualTo(SCHEMA + "WebPage");
			JsonObject inform = page.getJsonArray(SCHEMA + "citation").getJsonObject(0);
			assertThat(inform.getJsonArray(SCHEMA + "datePublished").getJsonObject(0).getString("@value")).isEqualTo("2022-02");

			List<String> terms = new ArrayList<>();
			List<String> types = new ArrayList<>();
			collect(expanded, terms, types);
			assertThat(terms).isNotEmpty().allMatch(term -> term.startsWith(SCHEMA), "a schema.org IRI");
			assertThat(types).contains(SCHEMA + "Project", SCHEMA + "WebPage", SCHEMA + "Report", SCHEMA + "Country",
					SCHEMA + "Organization", SCHEMA + "DataCatalog").allMatch(type -> type.startsWith(SCHEMA));
		}
	}

	/** The loader does refuse: a description that names schema.org's remote context cannot be expanded with it. */
	@Test
	void aRemoteContextCannotBeLoadedHere() {
		String remote = "{\"@context\": \"https://schema.org\", \"@type\": \"Project\", \"name\": \"PALIM\"}";
		assertThatThrownBy(() -> JsonLd.expand(JsonDocument.of(new StringReader(remote))).loader(offline).get())
			.isInstanceOf(JsonLdError.class);
		assertThat(loads).isNotEmpty();
	}

	private static void collect(JsonValue value, List<String> terms, List<String> types) {
		if (value instanceof JsonArray array) {
			array.forEach(item -> collect(item, terms, types));
		}
		else if (value instanceof JsonObject object) {
			object.forEach((key, nested) -> {
				if (key.equals("@type") && nested instanceof JsonArray typeList) {
					typeList.forEach(type -> types.add(((JsonString) type).getString()));
				}
				else if (!key.startsWith("@")) {
					terms.add(key);
				}
				collect(nested, terms, types);
			});
		}
	}

	private String jsonLd(String url) throws Exception {
		Document page = Jsoup.parse(mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		return page.select("script[type=application/ld+json]").get(0).data();
	}

}
