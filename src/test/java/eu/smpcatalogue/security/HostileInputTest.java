package eu.smpcatalogue.security;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import eu.smpcatalogue.TestDatabase;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.jsoup.Jsoup;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every public parameter and every form field, driven with malicious and malformed values: never a
 * server error, nothing reflected unescaped, page sizes capped, and anonymous requests change nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

	/** Markup that, found verbatim in a page, would be live: the escaped forms are harmless. */
	static final List<String> LIVE_MARKUP = List.of("<script>alert(", "<img src=x onerror", "<svg onload", "' onmouseover='",
			"\" onfocus=\"", "href=\"javascript:", "<iframe");

	static final List<String> CORPUS = List.of(
			// SQL and JPQL
			"' OR '1'='1", "1' OR 1=1 --", "1; DROP TABLE partnership; --", "'; SELECT pg_sleep(5); --",
			"x' UNION SELECT password_hash, null FROM account --", "a' or p.id > 0 or 'a'='a", "name,(SELECT 1)",
			"1)) OR ((1=1", "\\'; --", "%' AND 1=0 UNION SELECT 1 --",
			// script and attribute injection, links
			"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' onmouseover='alert(1)", "\" onfocus=\"alert(1)",
			"</title><svg onload=alert(1)>", "javascript:alert(1)", "<iframe src=//example.org>", "{{7*7}}${7*7}[[${7*7}]]",
			"__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
			// size, control characters, odd Unicode
			"x".repeat(10_000), "\u0000\u0001\u001b[31m", "line\r\nSet-Cookie: evil=1", "\uD800", "\u202Eevil", "💥🇲🇦",
			"ＰＡＬＩＭ",
			// path traversal and wrong types
			"../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "/etc/passwd%00", "-1", "0", "99999999999999999999",
			"2147483648", "1e9", "NaN", "", " ", "null", "[]", "{\"a\":1}", "%", "%%", "%00", "true");

	/** Values for the fields that hold a number, a date or a choice, each typed alone. */
	static final List<String> TYPED = List.of("' OR 1=1 --", "<script>alert(1)</script>", "99999999999999999999", "\u0000",
			"-5000-01-01", "+999999999-12-31", "2024-02-30", "1e9", "twelve");

	/**
	 * Ordinary editor input that once ended in a server error, each sent on its own over the partnership's
	 * form as it is: evidence and a figure's label in French only (accepted, as English only is), a long
	 * language tag, dates far outside the catalogue's span, a description of a megabyte.
	 */
	static final List<Map<String, String>> ORDINARY_INPUT = List.of(
			Map.of("elements[2].status", "PRESENT", "elements[2].evidenceEn", "", "elements[2].evidenceFr",
					"Formation d’informaticiens marocains."),
			Map.of("figures[0].kind", "TRAINED", "figures[0].measure", "PLANNED", "figures[0].qualifier", "EXACT",
					"figures[0].valueLow", "120", "figures[0].unit", "PEOPLE", "figures[0].labelEn", "", "figures[0].labelFr",
					"informaticiens formés", "figures[0].sourceKey", "emn-inform-smp-2022", "figures[0].sourceLocator",
					"Encadré 9"),
			Map.of("alternativeNames[1].name", "PALIM", "alternativeNames[1].language", "fr-abcdefgh"),
			Map.of("alternativeNames[1].name", "PALIM", "alternativeNames[1].language", "fr-abcdefgh-abcdefgh-abcdefgh-abcdefgh"),
			Map.of("lastVerifiedOn", "-5000-01-01"), Map.of("lastVerifiedOn", "+999999999-12-31"),
			Map.of("descriptionEn", "x".repeat(1_000_000)));

	/** One of each kind, for the addresses that share the catalogue's parameter parsing with /partnerships. */
	static final List<String> SHARP = List.of("' OR '1'='1", "\"><img src=x onerror=alert(1)>", "x".repeat(10_000),
			"line\r\nSet-Cookie: evil=1", "../../../../etc/passwd", "99999999999999999999", "%00", "");

	/** The whole corpus on the catalogue, one of each kind on the other views of the same filters. */
	static final Map<String, List<String>> FILTERED_PATHS = Map.of("/partnerships", CORPUS, "/api/partnerships", SHARP,
			"/partnerships.csv", SHARP, "/partnerships.atom", SHARP, "/compare/elements", SHARP, "/compare/elements.csv", SHARP,
			"/statistics", SHARP, "/map", SHARP);

	static final List<String> PARAMETERS = List.of("destination", "origin", "region", "sector", "kind", "category", "status",
			"skill", "funder", "implementer", "element", "from", "to", "q", "sort", "page", "size", "lang");

	/** Addresses with the value in the path or in their own parameter. */
	static final List<String> OTHER_TARGETS = List.of("/partnerships/{v}", "/api/partnerships/{v}", "/countries/{v}",
			"/api/countries/{v}", "/countries/{v}/history", "/partnerships/{v}/history", "/compare?slugs={v}",
			"/compare?slugs=palim,{v}", "/partnerships/palim/history/compare?from={v}&to=1",
			"/countries/BE/history/compare?from=1&to={v}", "/sources?lang={v}", "/?lang={v}", "/login?error={v}",
			"/partnerships/{v}/corrections/new", "/countries/{v}/corrections/new", "/corrections/{v}");

	/** A session id this application could have issued, that it never did. */
	static final String UNKNOWN_SESSION = base64("3f1e7c2a-1111-4222-8333-444455556666");

	/**
	 * Cookie headers no browser got from us, or got long ago: each is ignored as if absent. The session
	 * cookie is base64: {@code AAAA} decodes to three NUL characters, which the database refuses.
	 */
	static final List<String> HOSTILE_COOKIES = List.of("SESSION=AAAA", "SESSION=", "SESSION=\"AAAA\"", "SESSION=%00",
			"SESSION=====", "SESSION=" + "A".repeat(4_000), "SESSION=" + UNKNOWN_SESSION, "SESSION=" + base64("' OR '1'='1"),
			"SESSION=" + base64("x".repeat(36)), "SESSION=" + base64("3F1E7C2A-1111-4222-8333-444455556666"), "SESSION=éé",
			"SESSION=AAAA; SESSION=AAAA; SESSION=" + UNKNOWN_SESSION,
			String.join("; ", Collections.nCopies(60, "SESSION=" + UNKNOWN_SESSION)),
			"a=b; ".repeat(150) + "SESSION=AAAA", "smp-lang=<script>", "smp-lang=", "smp-lang=de", "smp-lang=xx_YY_ZZ_WW",
			"smp-lang=fr/Not/A/Zone", "smp-lang=\"fr\"", "smp-lang=" + "x".repeat(4_000), "smp-lang=é", "smp-lang=%00",
			"smp-lang=<script>; SESSION=AAAA", "JSESSIONID=AAAA", "XSRF-TOKEN=<script>alert(1)</script>");

	/**
	 * 5xx answers that are no failure: 503 while the database is away, and the container's protocol answers
	 * 501 (a proxy's method, CONNECT, to a server that is no proxy) and 505 (an HTTP version it does not speak).
	 */
	static final Set<Integer> DELIBERATE_SERVER_ANSWERS = Set.of(501, 503, 505);

	/** Addresses of every kind, each answered the same with any of those cookies as without. */
	static final List<String> COOKIE_TARGETS = List.of("/", "/partnerships/palim", "/api/partnerships/palim", "/login",
			"/no/such/page", "/account", "/css/catalogue.css");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	private final AtomicInteger tried = new AtomicInteger();

	@AfterAll
	void report() {
		System.out.println("Hostile input: " + tried.get() + " requests, no 5xx, nothing reflected unescaped");
	}

	@Test
	void publicParametersSurviveEveryValueAndChangeNothing() throws Exception {
		Map<String, String> before = DatabaseChecksum.of(jdbc);
		for (String path : FILTERED_PATHS.keySet()) {
			for (String parameter : PARAMETERS) {
				for (String value : FILTERED_PATHS.get(path)) {
					check(get(path).param(parameter, value));
				}
				// Repeated, and mixed with a good value.
				check(get(path).param(parameter, "palim", "<script>alert(1)</script>", "' OR 1=1 --", "MA"));
			}
		}
		for (String target : OTHER_TARGETS) {
			for (String value : CORPUS) {
				if (target.contains("?")) {
					String[] parts = target.split("\\?", 2);
					MockHttpServletRequestBuilder request = get(parts[0]);
					for (String pair : parts[1].split("&")) {
						String[] nameValue = pair.split("=", 2);
						request.param(nameValue[0], nameValue[1].replace("{v}", value));
					}
					check(request);
				}
				else if (!value.isEmpty()) {
					check(get(target.replace("{v}", "{value}"), value));
				}
			}
		}
		assertThat(DatabaseChecksum.of(jdbc)).isEqualTo(before);
	}

	@Test
	void pageSizesAreCapped() throws Exception {
		for (String size : List.of("101", "1000", "1000000", "2147483647")) {
			for (String path : List.of("/partnerships", "/api/partnerships", "/compare/elements")) {
				MockHttpServletResponse response = check(get(path).param("size", size));
				assertThat(response.getStatus()).as(path + "?size=" + size).isEqualTo(400);
			}
		}
		String page = check(get("/api/partnerships").param("size", "100")).getContentAsString();
		assertThat(JsonMapper.builder().build().readTree(page).get("items").size()).isBetween(1, 100);
	}

	@Test
	void malformedAddressesAreRefusedWithoutAServerError() throws Exception {
		for (String target : List.of("/partnerships?q=%E0%A4%A", "/partnerships?q=%FF%FE%FD", "/partnerships?q=%", "/partnerships?q=%zz",
				"/partnerships?q=%C0%AF", "/api/partnerships?q=%ED%A0%80", "/partnerships/%2e%2e/%2e%2e/etc/passwd",
				"/partnerships/..%2F..%2Fetc%2Fpasswd", "/..;/..;/etc/passwd", "/css/../../application.properties",
				"/css/%2e%2e/%2e%2e/application.properties", "/partnerships?q=a&q=b&q=%00", "/partnerships?size=1&size=100000",
				"/%2e/WEB-INF/web.xml", "/api/partnerships/%00")) {
			String response = rawGet(target);
			tried.incrementAndGet();
			assertThat(response).as(target).matches("(?s)HTTP/1\\.1 [234]\\d\\d .*");
			assertThat(response).as(target).doesNotContain("spring.datasource").doesNotContain("Exception").doesNotContain("root:");
		}
	}

	@Test
	void aBadOrStaleCookieIsIgnored() throws Exception {
		for (String target : COOKIE_TARGETS) {
			RawHttp.Answer without = RawHttp.send(port, RawHttp.get(target));
			for (String cookie : HOSTILE_COOKIES) {
				String described = target + " with " + abbreviated(cookie);
				RawHttp.Answer with = RawHttp.send(port, RawHttp.get(target, "Cookie: " + cookie));
				tried.incrementAndGet();
				assertThat(with.status()).as(described).isEqualTo(without.status());
				RawHttp.assertSecurityHeaders(with, described);
				RawHttp.assertNoInternals(with, described);
			}
		}
	}

	@Test
	void aLanguageCookieThatNamesNoLanguageOfTheCatalogueCountsAsNone() throws Exception {
		for (String cookie : HOSTILE_COOKIES) {
			RawHttp.Answer french = RawHttp.send(port, RawHttp.get("/", "Cookie: " + cookie, "Accept-Language: fr-BE,fr;q=0.9"));
			assertThat(french.status()).as(cookie).isEqualTo(200);
			assertThat(french.body()).as(abbreviated(cookie)).contains("<html lang=\"fr\"");
			assertThat(french.header("Content-Language")).as(abbreviated(cookie)).isEqualTo("fr");
		}
	}

	@Test
	void aSignedInEditorStaysSignedInWhateverElseTheCookieHeaderCarries() throws Exception {
		Editor editor = TestEditors.contactPoint(accounts, "LU");
		RawHttp.Answer login = RawHttp.send(port, RawHttp.get("/login"));
		String anonymous = sessionCookie(login);
		String token = Jsoup.parse(login.body()).selectFirst("form[action=/login] input[name=_csrf]").attr("value");
		String form = "username=" + encode(editor.getUsername()) + "&password=" + encode(TestEditors.PASSWORD) + "&_csrf="
				+ encode(token);
		RawHttp.Answer signedIn = RawHttp.send(port, ("POST /login HTTP/1.1\r\nHost: localhost\r\nCookie: " + anonymous
				+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
				+ "\r\nConnection: close\r\n\r\n" + form).getBytes(StandardCharsets.US_ASCII));
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).doesNotContain("/login");
		String session = sessionCookie(signedIn);
		for (String garbage : List.of("SESSION=AAAA", "SESSION=" + UNKNOWN_SESSION, "smp-lang=<script>", "SESSION=éé")) {
			RawHttp.Answer account = RawHttp.send(port, RawHttp.get("/account", "Cookie: " + garbage + "; " + session));
			assertThat(account.status()).as(garbage).isEqualTo(200);
			assertThat(account.body()).as(garbage).contains(editor.getUsername());
		}
	}

	/**
	 * Requests no browser sends, each of them written on the socket as is: whoever answers (the servlet
	 * container before any filter, Spring Security's firewall, the error page, the API), never a server
	 * error, always the security headers, never the server's name, version or an exception.
	 */
	@Test
	void everyHostileRawRequestIsRefusedPlainlyWithTheSecurityHeaders() throws Exception {
		Map<String, byte[]> requests = new LinkedHashMap<>();
		for (String target : List.of("/%", "/a%00b", "/?q=" + "x".repeat(70_000), "/WEB-INF/web.xml", "/admin;x=1/accounts",
				"/error", "/%65rror", "/..;/", "/..;/..;/etc/passwd", "/%2e%2e/", "/%2e%2e/%2e%2e/etc/passwd", "//",
				"//partnerships", "/%252e%252e/", "/%25252e/", "/partnerships/%252F..%252F", "/%c0%ae%c0%ae/", "/css/..%2f..%2f",
				"/api/a%00b", "/api/partnerships/%zz", "/api;x=1/partnerships", "/partnerships/%", "/\\..\\", "/%5c..%5c",
				"/" + "a".repeat(9_000), "/partnerships?" + "a=b&".repeat(20_000))) {
			requests.put("GET " + abbreviated(target), RawHttp.get(target));
		}
		for (String cookie : HOSTILE_COOKIES) {
			requests.put("Cookie " + abbreviated(cookie), RawHttp.get("/", "Cookie: " + cookie));
		}
		for (String accept : List.of("text/html", "application/xml", "*/*", "garbage", "text/html;q=x", ";;;", "image/png",
				"a/b/c", "*/*;q=0")) {
			for (String target : List.of("/api/partnerships/no-such-entry", "/api/partnerships?page=-1", "/api/countries/XX",
					"/api/no/such/endpoint", "/no/such/page", "/partnerships?page=-1", "/")) {
				requests.put("Accept " + accept + " " + target, RawHttp.get(target, "Accept: " + accept));
			}
		}
		requests.put("a header line too long", RawHttp.get("/", "X-Long: " + "a".repeat(20_000)));
		requests.put("a huge cookie header", RawHttp.get("/", "Cookie: " + "a=b; ".repeat(3_000)));
		requests.put("more cookies than allowed", RawHttp.get("/", "Cookie: " + "a=b; ".repeat(300)));
		requests.put("an invalid Host", RawHttp.lines("GET / HTTP/1.1", "Host: exa mple..com:xx", "Connection: close"));
		requests.put("a Host that is not a port", RawHttp.lines("GET / HTTP/1.1", "Host: localhost:99999999", "Connection: close"));
		requests.put("two Hosts", RawHttp.lines("GET / HTTP/1.1", "Host: localhost", "Host: example.org", "Connection: close"));
		requests.put("no Host", RawHttp.lines("GET / HTTP/1.1", "Connection: close"));
		requests.put("an invalid HTTP version", RawHttp.lines("GET / HTTP/1.x", "Host: localhost", "Connection: close"));
		requests.put("not HTTP", RawHttp.lines("GET / FOO/1.1", "Host: localhost", "Connection: close"));
		requests.put("an unsupported HTTP version", RawHttp.lines("GET / HTTP/9.9", "Host: localhost", "Connection: close"));
		requests.put("an unknown method", RawHttp.lines("FOO / HTTP/1.1", "Host: localhost", "Connection: close"));
		requests.put("an invalid method", RawHttp.lines("G<T / HTTP/1.1", "Host: localhost", "Connection: close"));
		requests.put("a proxy's method", RawHttp.lines("CONNECT localhost:443 HTTP/1.1", "Host: localhost", "Connection: close"));
		requests.put("TRACE", RawHttp.lines("TRACE / HTTP/1.1", "Host: localhost", "Connection: close"));
		requests.put("another host in the request line",
				RawHttp.lines("GET http://example.org/ HTTP/1.1", "Host: localhost", "Connection: close"));
		requests.put("a space in a header name", RawHttp.lines("GET / HTTP/1.1", "Host: localhost", "X Y: z", "Connection: close"));
		requests.put("a control character in a header", RawHttp.lines("GET / HTTP/1.1", "Host: localhost", "X-Y: a\u0001b",
				"Connection: close"));
		requests.put("a folded header", RawHttp.lines("GET / HTTP/1.1", "Host: localhost", "X-A: a", " b", "Connection: close"));
		requests.put("an invalid Accept-Language", RawHttp.get("/", "Accept-Language: ;;;q=x,*-*-*-*"));
		requests.put("bad chunking", RawHttp.lines("POST /login HTTP/1.1", "Host: localhost", "Transfer-Encoding: chunked",
				"Connection: close", "", "zz"));
		requests.put("a Content-Length and chunking", RawHttp.lines("POST /login HTTP/1.1", "Host: localhost",
				"Content-Length: 4", "Transfer-Encoding: chunked", "Connection: close", "", "0", ""));
		for (Map.Entry<String, byte[]> request : requests.entrySet()) {
			RawHttp.Answer answer = RawHttp.send(port, request.getValue());
			tried.incrementAndGet();
			String described = request.getKey() + " → " + answer.status();
			if (!DELIBERATE_SERVER_ANSWERS.contains(answer.status())) {
				assertThat(answer.status()).as(described).isLessThan(500);
			}
			RawHttp.assertSecurityHeaders(answer, described);
			RawHttp.assertNoInternals(answer, described);
		}
	}

	@Test
	void signInTakesAnyValueWithTheSameAnswer() throws Exception {
		for (String value : CORPUS) {
			MockHttpServletResponse response = check(post("/login").param("username", value)
				.param("password", value)
				.with(csrf())
				.with(fromElsewhere()));
			assertThat(response.getRedirectedUrl()).as(value).isIn("/login?error", "/login?blocked");
		}
	}

	@Test
	@Transactional
	void everyFormFieldSurvivesEveryValue() throws Exception {
		Editor belgium = TestEditors.contactPoint(accounts, "BE");
		Editor administrator = TestEditors.administrator(accounts);
		fill(belgium, "/partnerships/palim/edit");
		fill(belgium, "/countries/BE/edit");
		fill(belgium, "/partnerships/new", "/partnerships/new");
		fill(administrator, "/admin/accounts", "/admin/accounts");
		fill(belgium, "/account", "/account/password");
		fill(belgium, "/organisations/new");
		fill(belgium, "/sources/new");
		fill(administrator, "/admin/organisations", "/admin/organisations/merge");
		fill(administrator, "/admin/sources", "/admin/sources/merge");
		fill(belgium, "/partnerships/palim/corrections/new", "/partnerships/palim/corrections");
		fill(belgium, "/countries/BE/corrections/new", "/countries/BE/corrections");
		for (Map<String, String> input : ORDINARY_INPUT) {
			String html = mvc.perform(get("/partnerships/palim/edit").with(user(belgium))).andReturn().getResponse().getContentAsString();
			BrowserForm form = BrowserForm.of(html, "/partnerships/palim/edit");
			MockHttpServletRequestBuilder request = post("/partnerships/palim/edit").with(user(belgium)).with(csrf());
			form.fields().forEach(field -> {
				if (!input.containsKey(field.getKey())) {
					request.param(field.getKey(), field.getValue());
				}
			});
			input.forEach(request::param);
			MockHttpServletResponse response = check(request);
			if (input.values().stream().anyMatch(value -> value.startsWith("Formation") || value.startsWith("informaticiens")
					|| value.equals("fr-abcdefgh"))) {
				assertThat(response.getRedirectedUrl()).as(input.keySet().toString()).isEqualTo("/partnerships/palim");
			}
			else {
				assertThat(response.getStatus()).as(input.keySet().toString()).isEqualTo(200);
				assertThat(Jsoup.parse(response.getContentAsString()).select(".field-error").text()).as(input.keySet().toString())
					.containsAnyOf("Give a date between 1900 and 2100.", "Too long: at most");
			}
		}
	}

	/**
	 * Through the real server: a form over the size the server reads gets the catalogue's own 413 page in
	 * the reader's language, whether its length is announced or not; one with more fields than it reads, a
	 * 400 page; a megabyte in one field is within the size, and gets the field's message.
	 */
	@Test
	void aFormTooLargeToReadGetsAClearPageInsteadOfAServerError() throws Exception {
		Editor belgium = TestEditors.contactPoint(accounts, "BE");
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String token = csrfToken(browser, "/login", "/login");
		HttpResponse<String> signIn = browser.send(formPost("/login", "en", HttpRequest.BodyPublishers.ofString("_csrf=" + token
				+ "&username=" + belgium.getUsername() + "&password=" + URLEncoder.encode(TestEditors.PASSWORD, StandardCharsets.UTF_8))),
				HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(302);
		String form = "_csrf=" + csrfToken(browser, "/partnerships/new", "/partnerships/new") + "&nameEn=Large&summaryEn=Large";
		Map<String, String> before = DatabaseChecksum.of(jdbc);

		String large = form + "&descriptionEn=" + "x".repeat(3_000_000);
		HttpResponse<String> announced = browser.send(formPost("/partnerships/new", "en", HttpRequest.BodyPublishers.ofString(large)),
				HttpResponse.BodyHandlers.ofString());
		assertThat(announced.statusCode()).isEqualTo(413);
		assertThat(Jsoup.parse(announced.body()).select("h1").text()).isEqualTo("The form you sent is too large");
		assertThat(announced.body()).contains("The catalogue accepts forms of up to 2 MB.").doesNotContain("Exception");
		assertThat(announced.headers().firstValue("Content-Security-Policy")).isPresent();

		HttpResponse<String> chunked = browser.send(formPost("/partnerships/new", "fr",
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8)))),
				HttpResponse.BodyHandlers.ofString());
		assertThat(chunked.statusCode()).isEqualTo(413);
		assertThat(Jsoup.parse(chunked.body()).select("h1").text()).isEqualTo("Le formulaire envoyé est trop volumineux");

		String manyFields = form + "&sectors=health".repeat(1_200);
		HttpResponse<String> tooMany = browser.send(formPost("/partnerships/new", "en", HttpRequest.BodyPublishers.ofString(manyFields)),
				HttpResponse.BodyHandlers.ofString());
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(tooMany.body()).contains("The form you sent could not be read").doesNotContain("Exception");

		HttpResponse<String> megabyte = browser.send(formPost("/partnerships/new", "en",
				HttpRequest.BodyPublishers.ofString(form + "&descriptionEn=" + "x".repeat(1_000_000))), HttpResponse.BodyHandlers.ofString());
		assertThat(megabyte.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(megabyte.body()).select("#descriptionEn").first().closest(".field").select(".field-error").text())
			.isEqualTo("Too long: at most 20,000 characters.");
		assertThat(DatabaseChecksum.of(jdbc)).isEqualTo(before);
	}

	private HttpRequest formPost(String path, String language, HttpRequest.BodyPublisher body) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", language)
			.POST(body)
			.build();
	}

	private String csrfToken(HttpClient browser, String page, String action) throws Exception {
		String html = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		return Jsoup.parse(html).select("form[action=" + action + "] input[name=_csrf]").val();
	}

	/** Each value typed into every text field of the form at once, then into each field alone where it is a number or a choice. */
	private void fill(Editor editor, String formPage) throws Exception {
		fill(editor, formPage, formPage);
	}

	private void fill(Editor editor, String formPage, String action) throws Exception {
		String html = mvc.perform(get(formPage).with(user(editor))).andReturn().getResponse().getContentAsString();
		BrowserForm form = BrowserForm.of(html, action);
		assertThat(form.fields()).as(action).isNotEmpty();
		for (String value : CORPUS) {
			check(form.sendTo(post(action).with(user(editor)).with(csrf()).with(fromElsewhere()), form.textFields(), value));
		}
		List<String> others = new ArrayList<>();
		form.fields().forEach(field -> {
			if (!form.textFields().contains(field.getKey()) && !others.contains(field.getKey())) {
				others.add(field.getKey());
			}
		});
		for (String field : others) {
			for (String value : TYPED) {
				check(form.sendTo(post(action).with(user(editor)).with(csrf()).with(fromElsewhere()), List.of(field), value));
			}
		}
	}

	/**
	 * A documentation address, so that the throttle this run builds up (wrong passwords at sign-in and
	 * wrong current passwords on "My account") blocks no other test.
	 */
	private static RequestPostProcessor fromElsewhere() {
		return request -> {
			request.setRemoteAddr("192.0.2.77");
			return request;
		};
	}

	private MockHttpServletResponse check(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		tried.incrementAndGet();
		String described = request.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI();
		assertThat(response.getStatus()).as(described).isLessThan(500);
		String type = String.valueOf(response.getContentType());
		if (type.contains("html") || type.contains("xml")) {
			String body = response.getContentAsString();
			for (String live : LIVE_MARKUP) {
				assertThat(body).as(described).doesNotContain(live);
			}
			assertThat(body).as(described).doesNotContain("SQLState").doesNotContain("org.postgresql").doesNotContain("Exception");
			// A value that cannot be converted gets a message, never the type it was meant to be.
			assertThat(body).as(described).doesNotContain("Failed to convert").doesNotContain("eu.smpcatalogue.");
		}
		return response;
	}

	private static String base64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String abbreviated(String text) {
		return text.length() <= 80 ? text : text.substring(0, 60) + "… (" + text.length() + " characters)";
	}

	/** The session cookie an answer sets, as the browser sends it back. */
	private static String sessionCookie(RawHttp.Answer answer) {
		return answer.headers()
			.getOrDefault("set-cookie", List.of())
			.stream()
			.filter(cookie -> cookie.startsWith("SESSION="))
			.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No session cookie in " + answer));
	}

	/** A request no well-behaved client would send, written on the socket as is. */
	private String rawGet(String target) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
