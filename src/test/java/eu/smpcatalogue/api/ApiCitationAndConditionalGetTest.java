package eu.smpcatalogue.api;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import eu.smpcatalogue.CatalogueTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The API names the edition as the citations do, links to them, and describes its ETags and 304 answers. */
@CatalogueTest
class ApiCitationAndConditionalGetTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Test
	void aPartnershipNamesItsEditionAndLinksToItsCitations() throws Exception {
		JsonNode palim = ApiTestSupport.JSON.readTree(body(mvc.perform(get("/api/partnerships/palim")).andReturn().getResponse()));
		assertThat(palim.get("edition").get("en").asString()).isEqualTo(messages.getMessage("citation.edition", null, Locale.ENGLISH))
			.isEqualTo("European Migration Network, EMN Inform \"Skills Mobility Partnerships\" (French edition, February 2022)");
		assertThat(palim.get("edition").get("fr").asString()).isEqualTo(messages.getMessage("citation.edition", null, Locale.FRENCH));
		JsonNode links = palim.get("links");
		assertThat(links.get("bibtex").asString()).isEqualTo("http://localhost:8080/partnerships/palim/cite.bib");
		assertThat(links.get("ris").asString()).isEqualTo("http://localhost:8080/partnerships/palim/cite.ris");
		assertThat(links.get("cslJson").asString()).isEqualTo("http://localhost:8080/partnerships/palim/cite.csl.json");
		assertThat(mvc.perform(get(links.get("bibtex").asString())).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void anUnchangedAnswerIsA304WithoutBodyAsTheDocumentSays() throws Exception {
		MockHttpServletResponse first = mvc.perform(get("/api/partnerships/palim")).andReturn().getResponse();
		String etag = first.getHeader("ETag");
		assertThat(etag).startsWith("W/\"");
		MockHttpServletResponse again = mvc.perform(get("/api/partnerships/palim").header("If-None-Match", etag))
			.andReturn()
			.getResponse();
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsByteArray()).isEmpty();
		assertThat(again.getHeader("ETag")).isEqualTo(etag);

		JsonNode document = ApiTestSupport.JSON.readTree(body(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()));
		JsonNode notModified = document.at("/components/responses/NotModified");
		assertThat(notModified.has("content")).as("a 304 has no body").isFalse();
		assertThat(notModified.at("/headers/ETag").isMissingNode()).isFalse();
		document.get("paths").properties().forEach(path -> {
			JsonNode operation = path.getValue().get("get");
			assertThat(operation.at("/responses/304/$ref").asString()).as(path.getKey()).isEqualTo("#/components/responses/NotModified");
			assertThat(operation.at("/responses/200/headers/ETag").isMissingNode()).as(path.getKey()).isFalse();
			assertThat(operation.get("parameters").findValuesAsString("name")).as(path.getKey()).contains("If-None-Match");
			operation.get("parameters").forEach(parameter -> {
				if (parameter.get("name").asString().equals("If-None-Match")) {
					assertThat(parameter.get("in").asString()).isEqualTo("header");
				}
			});
		});
	}

	private static String body(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
