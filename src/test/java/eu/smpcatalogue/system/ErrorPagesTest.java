package eu.smpcatalogue.system;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import eu.smpcatalogue.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors through the real servlet container, as a browser meets them: the catalogue's own pages, the
 * right status, never a stack trace, an exception name or a version.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class ErrorPagesTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anUnknownAddressGetsTheNotFoundPage() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/no/such/page")).GET());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found").contains("Browse all partnerships");
		assertNoInternals(response.body());
	}

	@Test
	void aPostWithoutItsFormTokenIsRefusedPolitely() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/partnerships"))
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Access refused");
		assertNoInternals(response.body());
	}

	@Test
	void traceIsNotOffered() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/")).method("TRACE", HttpRequest.BodyPublishers.noBody()));
		assertThat(response.statusCode()).isEqualTo(405);
	}

	@Test
	void malformedFiltersAreAnsweredWith400() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/partnerships?page=-1")).GET());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("must be a whole number");
		assertNoInternals(response.body());
	}

	@Test
	void anInvalidlyEncodedAddressIsA400NotA500() throws Exception {
		for (String target : new String[] { "/partnerships?q=%E0%A4%A", "/partnerships?q=%FF%FE", "/partnerships/%C0%AF" }) {
			String response = rawGet(target);
			assertThat(response).as(target).matches("(?s)HTTP/1\\.1 4\\d\\d .*");
			assertNoInternals(response);
		}
	}

	@Test
	void theErrorPageIsNoAddressOfItsOwn() throws Exception {
		for (String path : new String[] { "/error", "/error?status=500", "/%65rror" }) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).contains("Page not found");
			assertNoInternals(response.body());
		}
	}

	@Test
	void anAddressTheContainerRefusesGetsAPlainPageInBothLanguages() throws Exception {
		String response = rawGet("/a%00b");
		assertThat(response).startsWith("HTTP/1.1 400 ");
		assertThat(response).contains("Cache-Control: no-store")
			.contains("Content-Type: text/html;charset=UTF-8")
			.contains("<title>400 – This request cannot be answered – SMP Catalogue</title>")
			.contains("<div lang=\"fr\">\n<h1>Impossible de répondre à cette demande</h1>")
			.contains("<a href=\"/partnerships\">Browse all partnerships</a>")
			// Nothing inline that the page's own Content-Security-Policy would block.
			.doesNotContain("<style")
			.doesNotContain("<script");
		assertNoInternals(response);
	}

	@Test
	void underApiTheContainersRefusalIsTheApisJsonError() throws Exception {
		String response = rawGet("/api/partnerships/%zz");
		assertThat(response).startsWith("HTTP/1.1 400 ").contains("Content-Type: application/json");
		assertThat(response.substring(response.indexOf("\r\n\r\n") + 4))
			.isEqualTo("{\"status\":400,\"error\":\"Bad Request\",\"message\":\"The request could not be read: check the address and its headers.\"}");
	}

	@Test
	void anApiCallRefusedBeforeTheApiRunsIsAnsweredInJsonEvenToABrowser() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/partnerships"))
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).contains("\"status\":403");
		assertNoInternals(response.body());
	}

	/** A request no well-behaved client would send, written on the socket as is. */
	private String rawGet(String target) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.getOutputStream()
				.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void assertNoInternals(String body) {
		assertThat(body).doesNotContain("Exception")
			.doesNotContain("at org.")
			.doesNotContain("at eu.")
			.doesNotContain("Whitelabel")
			.doesNotContain("Tomcat");
	}

}
