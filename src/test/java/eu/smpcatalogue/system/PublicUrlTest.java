package eu.smpcatalogue.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import eu.smpcatalogue.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public address ({@code smp.public-url}): checked when the catalogue starts, and by default the local
 * run's {@code http://localhost:{server.port}}, on the port the server got when it was asked for a random one.
 * (That no request can change it is {@code security.HostHeaderTest}.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class PublicUrlTest {

	@LocalServerPort
	int port;

	private final ApplicationContextRunner catalogue = new ApplicationContextRunner().withUserConfiguration(PublicUrl.class);

	@Test
	void withoutTheSettingLinksNameTheLocalRunOnItsPort() {
		catalogue.withPropertyValues("server.port=9090")
			.run(context -> assertThat(context.getBean(PublicUrl.class).of("/partnerships")).isEqualTo("http://localhost:9090/partnerships"));
		catalogue.run(context -> assertThat(context.getBean(PublicUrl.class).base()).isEqualTo("http://localhost:8080"));
	}

	@Test
	void onARandomPortLinksNameThePortTheServerGot() throws Exception {
		String sitemap = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sitemap.xml")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(sitemap).contains("<loc>http://localhost:" + port + "/partnerships/palim</loc>").doesNotContain("127.0.0.1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://smp.example.org", "http://localhost:8080", "https://example.org/smp",
			"http://[::1]:8080" })
	void anAbsoluteHttpAddressIsTakenAsGiven(String url) {
		catalogue.withPropertyValues("smp.public-url=" + url)
			.run(context -> assertThat(context.getBean(PublicUrl.class).of("/sitemap.xml")).isEqualTo(url + "/sitemap.xml"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "smp.example.org", "//smp.example.org", "ftp://smp.example.org", "https://smp.example.org/",
			"https://smp.example.org/smp/", "https://smp.example.org?lang=fr", "https://smp.example.org#top",
			"https://editor@smp.example.org", "https:///partnerships", "https://smp example.org", " " })
	void anythingElseStopsTheCatalogueAtStartWithTheSettingNamed(String url) {
		catalogue.withPropertyValues("smp.public-url=" + url).run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("smp.public-url (SMP_PUBLIC_URL)")
				.hasMessageContaining("such as https://smp.example.org");
		});
	}

}
