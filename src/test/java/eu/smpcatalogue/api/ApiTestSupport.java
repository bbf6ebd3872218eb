package eu.smpcatalogue.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Calls an API URL as a client would and parses what comes back. */
final class ApiTestSupport {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private ApiTestSupport() {
	}

	static JsonNode call(MockMvc mvc, String url, int expectedStatus) throws Exception {
		MvcResult result = mvc.perform(get(URI.create(url))).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(url + " → " + body).isEqualTo(expectedStatus);
		assertThat(result.getResponse().getContentType()).as(url).startsWith("application/json");
		return JSON.readTree(body);
	}

	static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	/** The part of an absolute link after the host, for comparing with paths. */
	static String path(String link) {
		URI uri = URI.create(link);
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

}
