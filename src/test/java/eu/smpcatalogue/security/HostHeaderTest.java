package eu.smpcatalogue.security;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import eu.smpcatalogue.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
 * Absolute links come from the configured public address ({@code smp.public-url}), never from the request.
 * Right after an edit, a request naming another host ({@code Host}, {@code X-Forwarded-Host},
 * {@code Forwarded}) is the first to ask for each page, export and API answer that carries absolute links:
 * neither its own answer nor the one kept for every later reader (ETags, rendered pages) may name that host.
 * Runs as Compose does: the proxy's {@code X-Forwarded-*} headers believed from private addresses (native
 * strategy), the catalogue published on another address than the one the test reaches it on.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=native", "smp.public-url=" + HostHeaderTest.PUBLIC_URL })
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class HostHeaderTest {

	static final String PUBLIC_URL = "https://smp.example.org";

	private static final String EVIL = "evil.example";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	/** Every answer with absolute links, and links each must carry on the public address. */
	static Stream<Arguments> answersWithAbsoluteLinks() {
		return Stream.of(Arguments.of("/sitemap.xml", List.of("<loc>" + PUBLIC_URL + "/partnerships/palim</loc>")),
				Arguments.of("/robots.txt", List.of("Sitemap: " + PUBLIC_URL + "/sitemap.xml")),
				Arguments.of("/partnerships.atom", List.of("href=\"" + PUBLIC_URL + "/partnerships.atom\"",
						"href=\"" + PUBLIC_URL + "/partnerships/palim\"")),
				Arguments.of("/partnerships.atom?origin=MA", List.of("href=\"" + PUBLIC_URL + "/partnerships?origin=MA\"")),
				Arguments.of("/changes.atom", List.of("href=\"" + PUBLIC_URL + "/changes.atom\"")),
				Arguments.of("/partnerships.csv", List.of("," + PUBLIC_URL + "/partnerships/palim,")),
				Arguments.of("/compare/elements.csv", List.of("," + PUBLIC_URL + "/partnerships/palim,")),
				Arguments.of("/api/partnerships", List.of("\"" + PUBLIC_URL + "/api/partnerships?page=1&size=20\"")),
				Arguments.of("/api/partnerships?size=100", List.of("\"" + PUBLIC_URL + "/api/partnerships/palim\"")),
				Arguments.of("/api/partnerships/palim", List.of("\"" + PUBLIC_URL + "/partnerships/palim/history\"")),
				Arguments.of("/api/countries/BE", List.of("\"" + PUBLIC_URL + "/countries/BE\"")),
				Arguments.of("/api/sectors", List.of("\"" + PUBLIC_URL + "/api/partnerships?sector=")),
				Arguments.of("/v3/api-docs", List.of("\"url\":\"" + PUBLIC_URL + "\"")));
	}

	@ParameterizedTest
	@MethodSource("answersWithAbsoluteLinks")
	void noRequestCanChangeTheHostOfTheLinksOthersAreSent(String path, List<String> links) throws Exception {
		for (Answer answer : poisonedThenPlain(path)) {
			assertThat(answer.status()).as(answer.described()).isEqualTo(200);
			assertThat(answer.body()).as(answer.described()).doesNotContainIgnoringCase(EVIL)
				.doesNotContain("localhost:" + port)
				.contains(links);
		}
	}

	@Test
	void theDetailPagesPermalinkCitationJsonLdAndLanguageAlternatesNameThePublicAddress() throws Exception {
		for (Answer answer : poisonedThenPlain("/partnerships/palim")) {
			assertThat(answer.status()).as(answer.described()).isEqualTo(200);
			assertThat(answer.body()).as(answer.described()).doesNotContainIgnoringCase(EVIL).doesNotContain("localhost:" + port);
			Document page = Jsoup.parse(answer.body());
			String permalink = PUBLIC_URL + "/partnerships/palim";
			assertThat(page.select("#cite a.permalink").attr("href")).as(answer.described()).isEqualTo(permalink);
			assertThat(page.select("#cite .citation-entry").text()).as(answer.described()).endsWith(". " + permalink);
			assertThat(page.select("#cite a[type=application/json]").attr("href")).as(answer.described())
				.isEqualTo(PUBLIC_URL + "/api/partnerships/palim");
			JsonNode ld = json.readTree(page.select("script[type=application/ld+json]").first().data());
			assertThat(ld.get("@id").asString()).isEqualTo(permalink + "#partnership");
			assertThat(ld.get("url").asString()).isEqualTo(permalink);
			assertThat(ld.get("subjectOf").get("isPartOf").get("url").asString()).isEqualTo(PUBLIC_URL + "/");
			assertThat(ld.get("subjectOf").get("encoding").get("contentUrl").asString())
				.isEqualTo(PUBLIC_URL + "/api/partnerships/palim");
			assertThat(page.select("link[rel=alternate][hreflang=fr]").attr("href")).as(answer.described())
				.isEqualTo(PUBLIC_URL + "/partnerships/palim?lang=fr");
		}
	}

	@Test
	void theCataloguesLanguageAlternatesKeepTheSelectionOnThePublicAddress() throws Exception {
		for (Answer answer : poisonedThenPlain("/partnerships?origin=MA")) {
			assertThat(answer.status()).as(answer.described()).isEqualTo(200);
			assertThat(answer.body()).as(answer.described()).doesNotContainIgnoringCase(EVIL).doesNotContain("localhost:" + port);
			Document page = Jsoup.parse(answer.body());
			assertThat(page.select("link[rel=alternate][hreflang=en]").attr("href")).as(answer.described())
				.isEqualTo(PUBLIC_URL + "/partnerships?origin=MA&lang=en");
			assertThat(page.select("link[rel=alternate][hreflang=fr]").attr("href")).as(answer.described())
				.isEqualTo(PUBLIC_URL + "/partnerships?origin=MA&lang=fr");
			// The switch itself stays on whatever address the reader is on.
			assertThat(page.select(".language a").attr("href")).as(answer.described()).isEqualTo("/partnerships?origin=MA&lang=fr");
		}
	}

	/**
	 * For each way of naming another host (Host; the proxy's headers): an edit (nothing is kept any more), the
	 * hostile request first, then an ordinary reader's request, which is sent what was kept from the first.
	 */
	private List<Answer> poisonedThenPlain(String path) throws Exception {
		String ownHost = "Host: localhost:" + port;
		List<List<String>> hostile = List.of(List.of("Host: " + EVIL), List.of(ownHost, "X-Forwarded-Host: " + EVIL,
				"X-Forwarded-Proto: https", "X-Forwarded-Port: 443", "X-Forwarded-Prefix: /" + EVIL,
				"Forwarded: host=" + EVIL + ";proto=https"));
		List<Answer> answers = new ArrayList<>();
		for (List<String> headers : hostile) {
			afterAnEdit();
			answers.add(get(path, headers));
			answers.add(get(path, List.of(ownHost)).after(headers));
		}
		return answers;
	}

	/** What an edit does to every kept answer: the catalogue version moves on (database triggers). */
	private void afterAnEdit() {
		jdbc.sql("UPDATE catalogue_version SET version = nextval('catalogue_version_seq')").update();
	}

	/** HTTP/1.0 on a socket: the Host header as written (HTTP clients set their own), no chunked body. */
	private Answer get(String path, List<String> headers) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.0\r\n" + String.join("\r\n", headers) + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int end = response.indexOf("\r\n\r\n");
			int status = Integer.parseInt(response.substring(response.indexOf(' ') + 1, response.indexOf(' ') + 4));
			return new Answer(path + " with " + headers, status, response.substring(end + 4));
		}
	}

	private record Answer(String described, int status, String body) {

		Answer after(List<String> hostile) {
			return new Answer(described + " after one with " + hostile, status, body);
		}

	}

}
