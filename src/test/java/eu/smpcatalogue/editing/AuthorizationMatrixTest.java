package eu.smpcatalogue.editing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import eu.smpcatalogue.mail.Mail;
import eu.smpcatalogue.mail.Outbox;
import eu.smpcatalogue.verification.Rounds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every state-changing endpoint (and the forms that lead to them) × anonymous, the contact point of the
 * owning country, the contact point of another country, and an administrator: the expected outcome,
 * checked against the real database. Each case runs in a transaction that is rolled back.
 */
@CatalogueTest
@Transactional
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

	/** What a request should get: sent to the login page, refused, or done. */
	enum Outcome {

		LOGIN, FORBIDDEN, NOT_FOUND, OK,
		/** A password link that is not open: the same page for everyone, signed in or not. */
		GONE

	}

	enum Who {

		ANONYMOUS, OWNER, OTHER_COUNTRY, ADMINISTRATOR

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Outbox outbox;

	@Autowired
	Rounds rounds;

	@Autowired
	PartnershipEditor partnershipEditor;

	@Autowired
	CountryEditor countryEditor;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	private Editor belgium;

	private Editor germany;

	private Editor administrator;

	@BeforeEach
	void accounts() {
		belgium = TestEditors.contactPoint(accounts, "BE");
		germany = TestEditors.contactPoint(accounts, "DE");
		administrator = TestEditors.administrator(accounts);
	}

	static Stream<Arguments> matrix() {
		List<Arguments> cases = new ArrayList<>();
		// endpoint, then outcome for ANONYMOUS, OWNER (Belgium), OTHER_COUNTRY (Germany), ADMINISTRATOR;
		// {slug} is palim (Belgium's), {code} is BE.
		add(cases, "GET /partnerships/new", Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.OK);
		add(cases, "POST /partnerships/new", Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.OK);
		add(cases, "GET /partnerships/{slug}/edit", Outcome.LOGIN, Outcome.OK, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "POST /partnerships/{slug}/edit", Outcome.LOGIN, Outcome.OK, Outcome.FORBIDDEN, Outcome.OK);
		// A section of the form on its own page ({section} is people): the same rights as the whole form.
		add(cases, "GET /partnerships/{slug}/edit/{section}", Outcome.LOGIN, Outcome.OK, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "POST /partnerships/{slug}/edit/{section}", Outcome.LOGIN, Outcome.OK, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "POST /partnerships/{slug}/retire", Outcome.LOGIN, Outcome.OK, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "POST /partnerships/{slug}/verified", Outcome.LOGIN, Outcome.OK, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "POST /admin/partnerships/{slug}/restore", Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "POST /admin/partnerships/{slug}/history/{revision}/revert", Outcome.LOGIN, Outcome.FORBIDDEN,
				Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "GET /countries/{code}/edit", Outcome.LOGIN, Outcome.OK, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "POST /countries/{code}/edit", Outcome.LOGIN, Outcome.OK, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "POST /countries/{code}/verified", Outcome.LOGIN, Outcome.OK, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "POST /admin/countries/{code}/history/{revision}/revert", Outcome.LOGIN, Outcome.FORBIDDEN,
				Outcome.FORBIDDEN, Outcome.OK);
		// Organisations and source documents: every editor adds them, administrators merge them.
		add(cases, "GET /organisations/new", Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.OK);
		add(cases, "POST /organisations/new", Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.OK);
		add(cases, "GET /sources/new", Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.OK);
		add(cases, "POST /sources/new", Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.OK);
		add(cases, "GET /admin/organisations", Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "POST /admin/organisations/merge", Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "GET /admin/sources", Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "POST /admin/sources/merge", Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "GET /admin/accounts", Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "POST /admin/accounts", Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "GET /admin/accounts/{account}", Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "POST /admin/accounts/{account}", Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "POST /admin/accounts/{account}/disable", Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "POST /admin/accounts/{account}/enable", Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "POST /admin/accounts/{account}/password", Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "GET /admin/retired", Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK);
		// Citations, versions, the comparison tray and a chart's numbers: public reads like the pages they serve.
		for (String read : List.of("GET /partnerships/cite", "GET /partnerships/cite.{extension:bib|ris|csl\\.json}",
				"GET /partnerships/{slug}/cite", "GET /partnerships/{slug}/cite.{extension:bib|ris|csl\\.json}",
				"GET /comparison/add", "GET /comparison/remove", "GET /comparison/clear", "GET /statistics/{chart}.csv")) {
			add(cases, read, Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK);
		}
		// A version nobody made is missing for everyone alike (PartnershipVersionsTest reads the ones that exist).
		for (String version : List.of("GET /partnerships/{slug}/versions/{number}", "GET /partnerships/{slug}/versions/{number}/cite",
				"GET /partnerships/{slug}/versions/{number}/cite.{extension:bib|ris|csl\\.json}")) {
			add(cases, version, Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND);
		}
		add(cases, "POST /account/mail", Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.OK);
		// Verification rounds: administrators open and close them; editors follow them; readers once closed.
		add(cases, "GET /admin/rounds", Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "POST /admin/rounds", Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "POST /admin/rounds/{round}/close", Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "GET /rounds/{round}", Outcome.NOT_FOUND, Outcome.OK, Outcome.OK, Outcome.OK);
		add(cases, "GET /account/rounds", Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.OK);
		add(cases, "GET /admin/outbox", Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK);
		add(cases, "GET /admin/outbox/{mail}", Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK);
		// Choosing a password from a mailed link is open to anyone who holds the link, and only to them.
		add(cases, "GET /forgotten-password", Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK);
		add(cases, "POST /forgotten-password", Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK);
		add(cases, "GET /password-links/{token}", Outcome.GONE, Outcome.GONE, Outcome.GONE, Outcome.GONE);
		add(cases, "POST /password-links/{token}", Outcome.GONE, Outcome.GONE, Outcome.GONE, Outcome.GONE);
		add(cases, "GET /account", Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.OK);
		add(cases, "POST /account/password", Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.OK);
		// Readers suggest corrections without an account; the entry's owners and the administrators handle them.
		add(cases, "GET /partnerships/{slug}/corrections/new", Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK);
		add(cases, "POST /partnerships/{slug}/corrections", Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK);
		add(cases, "GET /countries/{code}/corrections/new", Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK);
		add(cases, "POST /countries/{code}/corrections", Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK);
		add(cases, "GET /corrections/{token}", Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK);
		add(cases, "GET /account/inbox", Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.OK);
		add(cases, "GET /account/inbox/{correction}/decline", Outcome.LOGIN, Outcome.OK, Outcome.NOT_FOUND, Outcome.OK);
		add(cases, "POST /account/inbox/{correction}/decline", Outcome.LOGIN, Outcome.OK, Outcome.NOT_FOUND, Outcome.OK);
		// Reading is public: pages, exports, feeds, the JSON API and its description answer everyone alike.
		for (String read : List.of("GET /", "GET /login", "GET /partnerships", "GET /partnerships/{slug}",
				"GET /partnerships/{slug}/history", "GET /partnerships/{slug}/history/compare", "GET /countries",
				"GET /countries/{code}", "GET /countries/{code}/history", "GET /countries/{code}/history/compare",
				"GET /organisations", "GET /organisations/{organisation}",
				"GET /sources", "GET /changes", "GET /statistics", "GET /map", "GET /compare", "GET /compare/elements",
				"GET /compare/elements.csv", "GET /compare/elements.xlsx", "GET /partnerships.csv", "GET /partnerships.xlsx",
				"GET /partnerships.atom", "GET /changes.atom", "GET /employers", "GET /employers/brief",
				"GET /sitemap.xml", "GET /robots.txt", "GET /api/partnerships", "GET /api/partnerships/{slug}",
				"GET /api/countries", "GET /api/countries/{code}", "GET /api/sectors", "GET /api/organisations",
				"GET /v3/api-docs", "GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config", "GET /swagger-ui.html",
				"GET /actuator/health")) {
			add(cases, read, Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK);
		}
		// Unknown API addresses and Actuator endpoints that are not exposed answer 404 to everyone.
		for (String hidden : List.of("GET /api/**", "GET /actuator/env", "GET /actuator/beans", "GET /actuator/heapdump",
				"GET /actuator/loggers", "GET /actuator/mappings")) {
			add(cases, hidden, Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND);
		}
		return cases.stream();
	}

	private static void add(List<Arguments> cases, String endpoint, Outcome... outcomes) {
		for (Who who : Who.values()) {
			cases.add(Arguments.of(endpoint, who, outcomes[who.ordinal()]));
		}
	}

	@ParameterizedTest(name = "{0} as {1}: {2}")
	@MethodSource("matrix")
	void everyEndpointAnswersEveryRoleAsExpected(String endpoint, Who who, Outcome expected) throws Exception {
		MvcResult result = mvc.perform(request(endpoint, who)).andReturn();
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		switch (expected) {
			case LOGIN -> assertThat(location).as(endpoint).endsWith("/login");
			case FORBIDDEN -> assertThat(status).as(endpoint).isEqualTo(403);
			case NOT_FOUND -> assertThat(status).as(endpoint).isEqualTo(404);
			case GONE -> assertThat(status).as(endpoint).isEqualTo(410);
			case OK -> {
				assertThat(status).as(endpoint).isIn(200, 302);
				assertThat(location == null || !location.endsWith("/login")).as(endpoint).isTrue();
				assertThat(result.getResponse().getContentAsString()).as(endpoint).doesNotContain("There is a problem");
			}
		}
	}

	/** A new endpoint, reading or changing, must join the matrix before the build passes. */
	@Test
	void everyEndpointIsInTheMatrix() {
		Set<String> inMatrix = matrix().map(arguments -> (String) arguments.get()[0]).collect(Collectors.toSet());
		Set<String> endpoints = new TreeSet<>();
		handlerMapping.getHandlerMethods().keySet().forEach(mapping -> {
			Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
			// Spring Boot's own /error is reached through error dispatches, not as a page.
			mapping.getPatternValues()
				.stream()
				.filter(pattern -> !pattern.equals("/error"))
				.forEach(pattern -> (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
					.forEach(method -> endpoints.add(method + " " + pattern.replace("{id}", "{account}"))));
		});
		assertThat(endpoints).contains("GET /api/partnerships", "POST /partnerships/{slug}/edit");
		assertThat(inMatrix).containsAll(endpoints);
	}

	@Test
	void aRefusedEditChangesNothing() throws Exception {
		String before = palimSummary();
		PartnershipForm crafted = partnershipEditor.formFor("palim", administrator);
		crafted.setSummaryEn("Crafted by another country");
		int status = mvc
			.perform(FormParams.of(post("/partnerships/palim/edit"), crafted).with(user(germany)).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(403);
		assertThat(palimSummary()).isEqualTo(before);
	}

	@Test
	void aContactPointCannotCreateAPartnershipForAnotherCountry() throws Exception {
		PartnershipForm form = newPartnership();
		form.setReportingCountry("DE");
		form.setDestinationCountries(List.of("DE"));
		String page = mvc.perform(FormParams.of(post("/partnerships/new"), form).with(user(belgium)).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("As the contact point of BE, you can only keep partnerships");
		assertThat(jdbc.sql("SELECT count(*) FROM partnership WHERE name_en = 'Authorisation test'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aContactPointCannotTakeAnotherCountrysPartnershipByAddingItself() throws Exception {
		PartnershipForm thamm = partnershipEditor.formFor("thamm-germany", administrator);
		thamm.setDestinationCountries(List.of("DE", "BE"));
		int status = mvc.perform(FormParams.of(post("/partnerships/thamm-germany/edit"), thamm).with(user(belgium)).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(403);
	}

	@Test
	void postsWithoutACsrfTokenAreRefused() throws Exception {
		PartnershipForm form = partnershipEditor.formFor("palim", administrator);
		assertThat(mvc.perform(FormParams.of(post("/partnerships/palim/edit"), form).with(user(belgium)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(mvc.perform(post("/logout").with(user(belgium))).andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	private MockHttpServletRequestBuilder request(String endpoint, Who who) {
		String[] parts = endpoint.split(" ", 2);
		String path = example(parts[1]).replace("{account}", Long.toString(germany.accountId()));
		if (path.startsWith("/password-links/")) {
			path = path.replace("{token}", "T".repeat(43));
		}
		if (path.contains("{mail}")) {
			path = path.replace("{mail}", Long.toString(aPostedMail()));
		}
		if (path.contains("{round}")) {
			path = path.replace("{round}", Long.toString(rounds.open("Matrix round", LocalDate.now().plusDays(30), List.of("BE"), "Matrix")));
		}
		if (path.contains("{revision}")) {
			path = path.replace("{revision}", Long.toString(revision(path)));
		}
		if (path.contains("{correction}") || path.contains("{token}")) {
			Map<String, Object> suggested = suggestedForPalim();
			path = path.replace("{correction}", suggested.get("id").toString()).replace("{token}", suggested.get("token").toString());
		}
		MockHttpServletRequestBuilder request = "GET".equals(parts[0]) ? get(path) : post(path).with(csrf());
		if ("POST".equals(parts[0])) {
			request = withBody(request, path, who);
		}
		return switch (who) {
			case ANONYMOUS -> request;
			case OWNER -> request.with(user(belgium));
			case OTHER_COUNTRY -> request.with(user(germany));
			case ADMINISTRATOR -> request.with(user(administrator));
		};
	}

	private long aPostedMail() {
		outbox.post(new Mail("matrix", "matrix@example.org", Locale.ENGLISH, "A mail of the matrix", List.of("Hello."), null));
		return jdbc.sql("SELECT max(id) FROM mail_outbox").query(Long.class).single();
	}

	/** A concrete address for a pattern: Belgium's partnership PALIM, Belgium, two versions to compare. */
	private String example(String pattern) {
		String path = pattern.replace("{extension:bib|ris|csl\\.json}", "bib")
			.replace("{number}", "999")
			.replace("{chart}", "destinations")
			.replace("{organisation}", "enabel")
			.replace("{slug}", "palim").replace("{section}", "people").replace("{code}", "BE").replace("/api/**", "/api/no-such-thing");
		if (path.endsWith("/history/compare")) {
			long revision = revision(path);
			return path + "?from=" + revision + "&to=" + revision;
		}
		if (path.startsWith("/comparison/")) {
			return path + "?slug=palim";
		}
		if (path.endsWith("/cite")) {
			return path + "?format=bibtex";
		}
		return path.equals("/compare") ? "/compare?slugs=palim,thamm-germany" : path;
	}

	/** A valid body for each form, so that success means the change was accepted. */
	private MockHttpServletRequestBuilder withBody(MockHttpServletRequestBuilder request, String path, Who who) {
		if (path.equals("/partnerships/new")) {
			return FormParams.of(request, newPartnership(who == Who.OTHER_COUNTRY ? "DE" : "BE"));
		}
		if (path.equals("/partnerships/palim/edit/people")) {
			PartnershipForm form = partnershipEditor.formFor("palim", administrator);
			form.setTargetGroupEn(form.getTargetGroupEn() + " (checked)");
			return FormParams.of(request, form);
		}
		if (path.equals("/partnerships/palim/edit")) {
			PartnershipForm form = partnershipEditor.formFor("palim", administrator);
			form.setSummaryEn(form.getSummaryEn() + " (checked)");
			return FormParams.of(request, form);
		}
		if (path.equals("/countries/BE/edit")) {
			return FormParams.of(request, countryEditor.formFor("BE", administrator));
		}
		if (path.equals("/organisations/new")) {
			return request.param("nameEn", "Matrix organisation " + System.nanoTime()).param("kind", "NGO");
		}
		if (path.equals("/sources/new")) {
			return request.param("title", "Matrix document " + System.nanoTime()).param("published", "2024-05");
		}
		if (path.equals("/admin/organisations/merge")) {
			String merged = "matrix-merged-" + System.nanoTime();
			String kept = "matrix-kept-" + System.nanoTime();
			for (String slug : List.of(merged, kept)) {
				jdbc.sql("INSERT INTO organisation (slug, name_en, type) VALUES (?, ?, 'NGO')").params(slug, slug).update();
			}
			return request.param("merged", merged).param("kept", kept).param("confirmed", "true");
		}
		if (path.equals("/admin/sources/merge")) {
			String merged = "matrix-merged-" + System.nanoTime();
			String kept = "matrix-kept-" + System.nanoTime();
			for (String key : List.of(merged, kept)) {
				jdbc.sql("INSERT INTO source_document (key, title) VALUES (?, ?)").params(key, key).update();
			}
			return request.param("merged", merged).param("kept", kept).param("confirmed", "true");
		}
		if (path.equals("/account/mail")) {
			return request.param("correctionMail", "EACH");
		}
		if (path.equals("/admin/rounds")) {
			return request.param("name", "Matrix round").param("deadline", LocalDate.now().plusDays(30).toString()).param("countries", "BE");
		}
		if (path.equals("/forgotten-password")) {
			return request.param("name", "nobody-in-the-matrix");
		}
		if (path.startsWith("/password-links/")) {
			return request.param("password", "a brand new passphrase").param("confirmation", "a brand new passphrase");
		}
		if (path.equals("/admin/accounts")) {
			return request.param("username", "matrix-" + System.nanoTime())
				.param("displayName", "Matrix")
				.param("email", "matrix-" + System.nanoTime() + "@example.org")
				.param("role", "CONTACT_POINT")
				.param("countryCode", "FR");
		}
		if (path.matches("/admin/accounts/\\d+")) {
			return request.param("displayName", "Renamed by the matrix").param("role", "CONTACT_POINT").param("countryCode", "DE");
		}
		if (path.endsWith("/password") && path.startsWith("/admin")) {
			return request.param("password", "a brand new passphrase");
		}
		if (path.endsWith("/corrections")) {
			// From an address of its own (each reader's suggestions are limited), filled in for longer than the minimum.
			return request.with(from -> {
				from.setRemoteAddr("192.0.2." + (1 + (int) (System.nanoTime() % 250)));
				return from;
			})
				.param("whatIsWrong", "The period is wrong.")
				.param("shouldSay", "It ran from 2019 to 2021.")
				.param("source", "A report, page 4")
				.param("started", startedTenSecondsAgo());
		}
		if (path.endsWith("/decline")) {
			return request.param("reason", "The source says otherwise.");
		}
		if (path.equals("/account/password")) {
			return request.param("currentPassword", TestEditors.PASSWORD)
				.param("newPassword", "a brand new passphrase")
				.param("confirmation", "a brand new passphrase");
		}
		return request;
	}

	/** A revision to revert to: the entry's state before an edit made for the purpose. */
	private long revision(String path) {
		if (path.contains("/partnerships/palim/")) {
			PartnershipForm form = partnershipEditor.formFor("palim", administrator);
			form.setAcronym("PALIM-X");
			partnershipEditor.update("palim", form, administrator);
			return jdbc.sql("SELECT min(r.id) FROM revision r JOIN partnership p ON r.entry_key = p.id::text WHERE p.slug = 'palim'")
				.query(Long.class)
				.single();
		}
		if (path.contains("/countries/BE/")) {
			CountryForm form = countryEditor.formFor("BE", administrator);
			form = FormParams.with(form, "publicDebate", true);
			countryEditor.update("BE", form, administrator);
			return jdbc.sql("SELECT min(id) FROM revision WHERE entry_type = 'COUNTRY' AND entry_key = 'BE'")
				.query(Long.class)
				.single();
		}
		return 0;
	}

	/** An open suggestion for PALIM (Belgium's), as a reader's form stores it. */
	private Map<String, Object> suggestedForPalim() {
		return jdbc.sql("""
				INSERT INTO correction (token, entry_type, entry_key, what_is_wrong, should_say, source, language,
				                        owner_countries, for_administrators)
				SELECT ?, 'PARTNERSHIP', id::text, 'Wrong.', 'Right.', 'A report', 'en', '{BE}', false
				FROM partnership WHERE slug = 'palim'
				RETURNING id, token""")
			.param(java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 22))
			.query()
			.singleRow();
	}

	/** The signed time a correction form was opened, as the form's hidden field holds it (see correction.FillTime). */
	private String startedTenSecondsAgo() {
		String millis = Long.toString(System.currentTimeMillis() - 10_000);
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			byte[] key = java.util.HexFormat.of()
				.parseHex(jdbc.sql("SELECT secret FROM correction_form_key").query(String.class).single());
			mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
			byte[] signature = mac.doFinal(("correction-form:" + millis).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return millis + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private PartnershipForm newPartnership() {
		return newPartnership("BE");
	}

	private PartnershipForm newPartnership(String country) {
		PartnershipForm form = PartnershipMapping.blank();
		form.setNameEn("Authorisation test");
		form.setSummaryEn("A partnership created by the authorisation test.");
		form.setReportingCountry(country);
		form.setDestinationCountries(List.of(country));
		form.setOriginCountries(List.of("MA"));
		form.getSources().get(0).setLocator("Section 5.3");
		return form;
	}

	private String palimSummary() {
		return jdbc.sql("SELECT summary_en FROM partnership WHERE slug = 'palim'").query(String.class).single();
	}

}
