package eu.smpcatalogue.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import eu.smpcatalogue.TestDatabase;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.TestEditors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The security headers on every kind of answer, through the real servlet container (pages, error
 * pages, static files, the API, its description and Swagger UI, feeds, Actuator), and the cookies.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class SecurityHeadersTest {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	private final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = { "/", "/partnerships?origin=MA", "/partnerships/palim", "/countries/BE", "/statistics", "/map",
			"/login", "/no/such/page", "/partnerships?page=-1", "/partnerships/no-such-entry", "/css/catalogue.css",
			"/api/partnerships", "/api/partnerships/no-such-entry", "/v3/api-docs", "/swagger-ui/index.html",
			"/partnerships.csv", "/partnerships.atom", "/sitemap.xml", "/actuator/health", "/actuator/env", "/account" })
	void everyAnswerCarriesTheSecurityHeaders(String path) throws Exception {
		HttpHeaders headers = fetch(path).headers();
		String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
		assertThat(directive(csp, "script-src")).isEqualTo("script-src 'self'");
		assertThat(csp).contains("object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'",
				"default-src 'self'");
		if (!path.startsWith("/swagger-ui/")) {
			assertThat(csp).doesNotContain("unsafe-inline");
		}
		assertThat(csp).doesNotContain("unsafe-eval");
		assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(headers.firstValue("Permissions-Policy").orElseThrow()).contains("camera=()", "geolocation=()",
				"microphone=()");
		// Plain HTTP: no HSTS (a browser would ignore it anyway).
		assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
	}

	/**
	 * Answers written before any of the application's filters run (the container refusing an address it
	 * cannot decode, a query too long, {@code /WEB-INF/}), by its error page after Spring Security's
	 * firewall refused the address, and the error page asked for directly: the same headers.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/%", "/a%00b", "/partnerships?q=%", "/WEB-INF/web.xml", "/admin;x=1/accounts", "/error",
			"/api/a%00b", "/%2e%2e/", "//" })
	void errorAnswersWrittenByTheContainerCarryTheSecurityHeadersToo(String target) throws Exception {
		RawHttp.Answer answer = RawHttp.send(port, RawHttp.get(target));
		assertThat(answer.status()).as(target).isBetween(400, 499);
		RawHttp.assertSecurityHeaders(answer, target);
		assertThat(answer.header("Content-Security-Policy")).doesNotContain("unsafe-inline");
		RawHttp.assertNoInternals(answer, target);
	}

	@Test
	void anOverlongQueryIsRefusedWithTheSecurityHeaders() throws Exception {
		RawHttp.Answer answer = RawHttp.send(port, RawHttp.get("/partnerships?q=" + "x".repeat(70_000)));
		assertThat(answer.status()).isEqualTo(400);
		RawHttp.assertSecurityHeaders(answer, "an over-long query");
		RawHttp.assertNoInternals(answer, "an over-long query");
	}

	@Test
	void httpsAnswersAskForHttpsForAYear() throws Exception {
		String hsts = mvc.perform(get("/partnerships").secure(true)).andReturn().getResponse().getHeader("Strict-Transport-Security");
		assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains");
	}

	@Test
	void nothingASignedInEditorSeesIsStored() throws Exception {
		var editor = TestEditors.contactPoint(accounts, "BE");
		for (String path : List.of("/account", "/partnerships/palim/edit", "/partnerships", "/partnerships/palim", "/api/partnerships")) {
			MockHttpServletResponse response = mvc.perform(get(path).with(user(editor))).andReturn().getResponse();
			assertThat(response.getHeader("Cache-Control")).as(path).contains("no-store");
			assertThat(response.getHeader("ETag")).as(path).isNull();
		}
	}

	@Test
	void staticFilesKeepTheirLongCacheForEveryone() throws Exception {
		assertThat(fetch("/css/catalogue.css").headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureOverHttps() throws Exception {
		String cookie = fetch("/login").headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
		assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
		// Behind the proxy, HTTPS is what X-Forwarded-Proto says (server.forward-headers-strategy=native in Compose).
		String overHttps = mvc.perform(get("/login").secure(true)).andReturn().getResponse().getHeader("Set-Cookie");
		assertThat(overHttps).startsWith("SESSION=").contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
	}

	@Test
	void theLanguageCookieIsHttpOnlySameSiteLaxAndSecureOverHttps() throws Exception {
		String cookie = fetch("/?lang=fr").headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("smp-lang=")).findFirst().orElseThrow();
		assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
		String overHttps = mvc.perform(get("/").param("lang", "fr").secure(true)).andReturn().getResponse().getHeader("Set-Cookie");
		assertThat(overHttps).contains("smp-lang=fr").contains("Secure").contains("HttpOnly");
	}

	private static String directive(String csp, String name) {
		for (String directive : csp.split(";")) {
			if (directive.strip().startsWith(name + " ")) {
				return directive.strip();
			}
		}
		throw new AssertionError(name + " missing from " + csp);
	}

	private HttpResponse<String> fetch(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
