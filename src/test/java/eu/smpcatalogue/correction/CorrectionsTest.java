package eu.smpcatalogue.correction;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Readers suggest corrections without an account; the entry's owners see them in their inbox, apply them
 * through the entry's form or decline them with a reason; the reader follows each on a private page.
 * Every suggestion a test stores is removed after it, with the counts of the limits.
 */
@CatalogueTest
class CorrectionsTest {

	static final String PALIM_FORM = "/partnerships/palim/corrections/new";

	static final String PALIM_POST = "/partnerships/palim/corrections";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	FillTime fillTime;

	@Autowired
	SubmissionLimits limits;

	@BeforeEach
	@AfterEach
	void forgetSuggestions() {
		jdbc.sql("DELETE FROM correction").update();
		jdbc.sql("DELETE FROM correction_limit").update();
	}

	@Test
	void everyPartnershipAndCountryOffersTheFormWithItsLabelledFields() throws Exception {
		assertThat(page("/partnerships/palim").select("a[href=" + PALIM_FORM + "]").text()).isEqualTo("Suggest a correction");
		assertThat(page("/countries/BE").select("a[href=/countries/BE/corrections/new]").text()).isEqualTo("Suggest a correction");

		for (String[] entry : new String[][] { { PALIM_FORM, PALIM_POST, "PALIM" }, { "/countries/BE/corrections/new",
				"/countries/BE/corrections", "Belgium" } }) {
			MockHttpServletResponse response = mvc.perform(get(entry[0])).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeader("X-Robots-Tag")).contains("noindex");
			Document form = Jsoup.parse(response.getContentAsString());
			assertThat(form.select("h1").text()).startsWith("Suggest a correction to ").contains(entry[2]);
			Element fields = form.selectFirst("form[action=" + entry[1] + "][method=post]");
			assertThat(fields).as(entry[1]).isNotNull();
			assertThat(label(fields, "whatIsWrong")).isEqualTo("What is wrong");
			assertThat(label(fields, "shouldSay")).isEqualTo("What it should say");
			assertThat(label(fields, "source")).isEqualTo("Your source for it (an address or a reference)");
			assertThat(label(fields, "name")).isEqualTo("Your name");
			assertThat(label(fields, "organisation")).isEqualTo("Your organisation");
			assertThat(label(fields, "email")).isEqualTo("Your e-mail address");
			assertThat(fields.select("textarea#whatIsWrong, textarea#shouldSay, textarea#source")).hasSize(3);
			// The trap: out of sight, out of the keyboard's and screen readers' way, and labelled for whoever meets it.
			Element trap = fields.selectFirst(".correction-trap");
			assertThat(trap.attr("aria-hidden")).isEqualTo("true");
			assertThat(trap.select("input#website").attr("tabindex")).isEqualTo("-1");
			assertThat(label(fields, "website")).isEqualTo("Leave this field empty");
			assertThat(fields.select("input[type=hidden][name=started]").val()).matches("\\d+\\.[A-Za-z0-9_-]{43}");
			assertThat(fields.select("input[name=_csrf]")).hasSize(1);
		}
		assertThat(mvc.perform(get("/partnerships/no-such-entry/corrections/new")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/countries/XX/corrections/new")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aSuggestionIsStoredForTheContactPointOfTheReportingCountry() throws Exception {
		TestEditors.contactPoint(accounts, "BE");
		MockHttpServletResponse sent = mvc.perform(suggestion(PALIM_POST, "10.0.1.1")).andReturn().getResponse();
		assertThat(sent.getStatus()).isEqualTo(302);
		assertThat(sent.getRedirectedUrl()).matches("/corrections/[A-Za-z0-9_-]{22}");

		Map<String, Object> stored = jdbc.sql("""
				SELECT entry_type, entry_key, array_to_string(owner_countries, ',') AS owners, for_administrators, status,
				       what_is_wrong, should_say, source, sender_name, sender_email, language, token
				FROM correction""").query().singleRow();
		String palim = jdbc.sql("SELECT id::text FROM partnership WHERE slug = 'palim'").query(String.class).single();
		assertThat(jdbc.sql("SELECT reporting_country FROM partnership WHERE slug = 'palim'").query(String.class).single()).isEqualTo("BE");
		assertThat(stored).containsEntry("entry_type", "PARTNERSHIP")
			.containsEntry("entry_key", palim)
			.containsEntry("owners", "BE")
			.containsEntry("for_administrators", false)
			.containsEntry("status", "OPEN")
			.containsEntry("what_is_wrong", "The period is wrong.")
			.containsEntry("should_say", "It ran from 2019 to 2021.")
			.containsEntry("source", "https://example.org/report.pdf, page 4")
			.containsEntry("sender_name", "Ana Reader")
			.containsEntry("sender_email", "ana@example.org")
			.containsEntry("language", "en");
		assertThat(sent.getRedirectedUrl()).isEqualTo("/corrections/" + stored.get("token"));

		Document status = page(sent.getRedirectedUrl());
		assertThat(status.select(".correction-status").text()).isEqualTo("Received, under review");
		assertThat(mvc.perform(get(sent.getRedirectedUrl())).andReturn().getResponse().getHeader("X-Robots-Tag")).contains("noindex");
		assertThat(page("/partnerships/palim").select(".correction-offer").text()).contains("1 correction suggested, under review");
		mvc.perform(suggestion(PALIM_POST, "10.0.1.1"));
		assertThat(page("/partnerships/palim").select(".correction-offer").text()).contains("2 corrections suggested, under review");
		assertThat(page("/sitemap.xml").html()).doesNotContain("/corrections/");

		// A country nobody holds a contact point account for: its suggestions are the administrators'.
		assertThat(mvc.perform(suggestion("/countries/CV/corrections", "10.0.1.1")).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("SELECT array_to_string(owner_countries, ',') || ' ' || for_administrators FROM correction WHERE entry_type = 'COUNTRY'")
			.query(String.class)
			.single()).isEqualTo("CV true");
	}

	@Test
	void aPartnershipNoCountryReportsGoesToTheContactPointsOfItsDestinations() throws Exception {
		Editor administrator = TestEditors.administrator(accounts);
		TestEditors.contactPoint(accounts, "DE");
		String slug = createPartnership(administrator, "", "LU", "DE");
		assertThat(mvc.perform(suggestion("/partnerships/" + slug + "/corrections", "10.0.1.2")).andReturn().getResponse().getStatus())
			.isEqualTo(302);
		assertThat(jdbc.sql("SELECT array_to_string(owner_countries, ',') || ' ' || for_administrators FROM correction")
			.query(String.class)
			.single()).isEqualTo("DE,LU false");
	}

	@Test
	void aTrapFilledOrAFormSentTooSoonStoresNothing() throws Exception {
		MockHttpServletResponse trapped = mvc.perform(suggestion(PALIM_POST, "10.0.2.1", "website", "http://spam.example"))
			.andReturn()
			.getResponse();
		assertThat(trapped.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(trapped.getContentAsString()).select("[role=alert]").text()).contains("a field that must stay empty was filled in");

		MockHttpServletResponse tooSoon = mvc.perform(suggestion(PALIM_POST, "10.0.2.1", "started", fillTime.startedAt(Instant.now().minusMillis(500))))
			.andReturn()
			.getResponse();
		assertThat(tooSoon.getStatus()).isEqualTo(400);
		Document again = Jsoup.parse(tooSoon.getContentAsString());
		assertThat(again.select("[role=alert]").text()).contains("less than 3 seconds after it was opened");
		// Kept as typed, with a new start time, to send again.
		assertThat(again.select("textarea#whatIsWrong").text()).isEqualTo("The period is wrong.");
		assertThat(again.select("input[name=started]").val()).isNotBlank();

		String forged = fillTime.startedAt(Instant.now().minusSeconds(60));
		forged = (Long.parseLong(forged.substring(0, forged.indexOf('.'))) - 60_000) + forged.substring(forged.indexOf('.'));
		for (String started : List.of(forged, "", "12345", "1.abc", fillTime.startedAt(Instant.now().minus(Duration.ofDays(2))))) {
			MockHttpServletResponse refused = mvc.perform(suggestion(PALIM_POST, "10.0.2.1", "started", started)).andReturn().getResponse();
			assertThat(refused.getStatus()).as(started).isEqualTo(400);
			assertThat(Jsoup.parse(refused.getContentAsString()).select("[role=alert]").text()).as(started)
				.contains("the form was opened too long ago");
		}
		assertThat(storedSuggestions()).isZero();
		assertThat(fillTime.check(fillTime.startedAt(Instant.now().minusSeconds(4)))).isEqualTo(FillTime.Verdict.IN_TIME);
	}

	@Test
	void theFormSaysWhatIsMissingOrTooLongBeforeTheDatabaseWould() throws Exception {
		MockHttpServletResponse response = mvc.perform(suggestion(PALIM_POST, "10.0.3.1", "whatIsWrong", " ",
				"shouldSay", "x".repeat(2001), "source", "", "email", "not an address", "name", "n".repeat(201))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		Document form = Jsoup.parse(response.getContentAsString());
		assertThat(form.select("#whatIsWrong-error").text()).isEqualTo("This field is required.");
		assertThat(form.select("#shouldSay-error").text()).isEqualTo("Too long: at most 2,000 characters.");
		assertThat(form.select("#source-error").text()).isEqualTo("This field is required.");
		assertThat(form.select("#email-error").text()).startsWith("Give an e-mail address");
		assertThat(form.select("#name-error").text()).isEqualTo("Too long: at most 200 characters.");
		assertThat(storedSuggestions()).isZero();

		// French is as good as English, and the answer comes in the reader's language.
		MockHttpServletResponse french = mvc.perform(suggestion(PALIM_POST, "10.0.3.1", "whatIsWrong", "La période est inexacte.")
			.header("Accept-Language", "fr")).andReturn().getResponse();
		assertThat(french.getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("SELECT language FROM correction").query(String.class).single()).isEqualTo("fr");
		assertThat(Jsoup.parse(mvc.perform(get(french.getRedirectedUrl()).header("Accept-Language", "fr")).andReturn().getResponse()
			.getContentAsString()).select(".correction-status").text()).isEqualTo("Reçue, en cours d’examen");
	}

	/**
	 * Forty at once never store more than the limit; whatever the burst left (a request the connection pool
	 * could not serve in time is answered 503 and stores nothing), readers one after the other fill the
	 * limit exactly, and no further.
	 */
	@Test
	void theLimitsHoldUnderParallelSubmissions() throws Exception {
		List<Integer> fromOneAddress = together(40, i -> suggestion(PALIM_POST, "10.0.4.1"));
		assertThat(fromOneAddress).isSubsetOf(302, 429, 503).contains(302, 429);
		assertThat(storedSuggestions()).isEqualTo(fromOneAddress.stream().filter(status -> status == 302).count())
			.isLessThanOrEqualTo(limits.perAddress());
		assertThat(oneAfterTheOther(10, i -> suggestion(PALIM_POST, "10.0.4.1"))).endsWith(429, 429, 429, 429, 429);
		assertThat(storedSuggestions()).isEqualTo(limits.perAddress());

		// Everyone together: three places left in this hour, forty readers from forty addresses at once.
		jdbc.sql("UPDATE correction_limit SET submissions = ? WHERE subject = 'everyone'").param(limits.inAll() - 3).update();
		List<Integer> fromEveryone = together(40, i -> suggestion(PALIM_POST, "10.0.5." + (i + 1)));
		assertThat(fromEveryone).isSubsetOf(302, 429, 503).contains(302, 429);
		assertThat(storedSuggestions() - limits.perAddress()).isEqualTo(fromEveryone.stream().filter(status -> status == 302).count())
			.isLessThanOrEqualTo(3);
		assertThat(oneAfterTheOther(5, i -> suggestion(PALIM_POST, "10.0.6." + (i + 1)))).endsWith(429, 429);
		assertThat(storedSuggestions()).isEqualTo(limits.perAddress() + 3);

		MockHttpServletResponse over = mvc.perform(suggestion(PALIM_POST, "10.0.5.99")).andReturn().getResponse();
		assertThat(over.getStatus()).isEqualTo(429);
		assertThat(over.getHeader("Retry-After")).isEqualTo("3600");
		Document page = Jsoup.parse(over.getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Too many suggestions for now");
		assertThat(page.select("main").text()).contains("5 suggestions an hour from one address", "100 an hour from everyone together",
				"was not stored");
	}

	@Test
	void contactPointsSeeTheSuggestionsForTheirCountriesInTheirInbox() throws Exception {
		Editor belgium = TestEditors.contactPoint(accounts, "BE");
		Editor germany = TestEditors.contactPoint(accounts, "DE");
		Editor administrator = TestEditors.administrator(accounts);
		mvc.perform(suggestion(PALIM_POST, "10.0.6.1"));
		mvc.perform(suggestion("/countries/CV/corrections", "10.0.6.1", "whatIsWrong", "Cabo Verde answered."));

		Document inbox = inbox(belgium);
		assertThat(inbox.select("article.correction-item")).hasSize(1);
		Element item = inbox.selectFirst("article.correction-item");
		assertThat(item.select("h2 a").attr("href")).isEqualTo("/partnerships/palim");
		assertThat(item.select(".correction-texts").text()).contains("The period is wrong.", "It ran from 2019 to 2021.",
				"https://example.org/report.pdf, page 4");
		assertThat(item.select(".meta").text()).contains("Received on ", "Ana Reader", "ana@example.org");
		long id = jdbc.sql("SELECT id FROM correction WHERE entry_type = 'PARTNERSHIP'").query(Long.class).single();
		assertThat(item.select("a").eachAttr("href")).contains("/partnerships/palim/edit?correction=" + id,
				"/account/inbox/" + id + "/decline");

		assertThat(inbox(germany).select("article.correction-item")).isEmpty();
		assertThat(inbox(germany).select("main").text()).contains("No suggestion is waiting.");
		Document all = inbox(administrator);
		List<String> newestFirst = all.select("article.correction-item h2").eachText();
		assertThat(newestFirst).hasSize(2);
		assertThat(newestFirst.get(0)).isEqualTo("Cape Verde");
		assertThat(newestFirst.get(1)).startsWith("PALIM");
		assertThat(all.select("article.correction-item").first().text()).contains("No contact point account");
		assertThat(mvc.perform(get("/account/inbox")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
		// Nor can another country's contact point open it beside a form, or decline it.
		MockHttpServletResponse notTheirs = mvc.perform(get("/partnerships/palim/edit?correction=" + id).with(user(germany)))
			.andReturn()
			.getResponse();
		assertThat(notTheirs.getStatus()).isEqualTo(403);
		assertThat(notTheirs.getContentAsString()).doesNotContain("The period is wrong.");
		assertThat(mvc.perform(post("/account/inbox/" + id + "/decline").with(user(germany)).with(csrf()).param("reason", "No."))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(statusOf(id)).isEqualTo("OPEN");
	}

	@Test
	void applyingThroughTheEntryFormClosesTheSuggestion() throws Exception {
		Editor belgium = TestEditors.contactPoint(accounts, "BE");
		String slug = createPartnership(belgium);
		String statusPage = mvc.perform(suggestion("/partnerships/" + slug + "/corrections", "10.0.7.1"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = jdbc.sql("SELECT id FROM correction").query(Long.class).single();
		assertThat(page("/partnerships/" + slug).select(".correction-offer").text()).contains("1 correction suggested");

		String editPage = "/partnerships/" + slug + "/edit?correction=" + id;
		String html = mvc.perform(get(editPage).with(user(belgium))).andReturn().getResponse().getContentAsString();
		Element beside = Jsoup.parse(html).selectFirst("form .correction-beside");
		assertThat(beside).isNotNull();
		assertThat(beside.select(".correction-texts").text()).contains("The period is wrong.", "It ran from 2019 to 2021.");
		PageForm form = PageForm.of(html, "/partnerships/" + slug + "/edit");
		assertThat(form.has("correction")).isTrue();
		form.set("summaryEn", "An entry made by a test, corrected as a reader suggested.");
		MvcResult saved = mvc.perform(form.sendTo(post("/partnerships/" + slug + "/edit").with(user(belgium)).with(csrf())))
			.andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/partnerships/" + slug);
		assertThat(saved.getFlashMap().get("message")).isEqualTo("correction.applied");

		Map<String, Object> closed = jdbc.sql("SELECT status, revision_id, closed_by FROM correction WHERE id = ?").param(id).query().singleRow();
		long latest = jdbc.sql("""
				SELECT r.id FROM revision r JOIN partnership p ON r.entry_key = p.id::text
				WHERE r.entry_type = 'PARTNERSHIP' AND p.slug = ? ORDER BY r.entry_version DESC LIMIT 1""")
			.param(slug)
			.query(Long.class)
			.single();
		assertThat(closed).containsEntry("status", "APPLIED").containsEntry("revision_id", latest)
			.containsEntry("closed_by", belgium.accountId());
		Document status = page(statusPage);
		assertThat(status.select(".correction-status").text()).isEqualTo("Applied");
		assertThat(status.select("a[href=/partnerships/" + slug + "/history]").text())
			.isEqualTo("See the change in the history of the entry");
		assertThat(page("/partnerships/" + slug).select(".correction-offer").text()).doesNotContain("suggested");
		assertThat(inbox(belgium).select("article.correction-item")).isEmpty();
	}

	@Test
	void decliningNeedsAReasonThatThePersonReads() throws Exception {
		Editor belgium = TestEditors.contactPoint(accounts, "BE");
		String statusPage = mvc.perform(suggestion("/countries/BE/corrections", "10.0.8.1")).andReturn().getResponse().getRedirectedUrl();
		long id = jdbc.sql("SELECT id FROM correction").query(Long.class).single();

		Document declinePage = page("/account/inbox/" + id + "/decline", belgium);
		assertThat(declinePage.select(".correction-texts").text()).contains("The period is wrong.");
		assertThat(label(declinePage.selectFirst("form[action=/account/inbox/" + id + "/decline]"), "reason")).isEqualTo("Why it is declined");
		MockHttpServletResponse blank = mvc.perform(post("/account/inbox/" + id + "/decline").with(user(belgium)).with(csrf()).param("reason", "  "))
			.andReturn()
			.getResponse();
		assertThat(blank.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(blank.getContentAsString()).select("#reason-error").text()).isEqualTo("This field is required.");
		assertThat(statusOf(id)).isEqualTo("OPEN");

		MockHttpServletResponse declined = mvc.perform(post("/account/inbox/" + id + "/decline").with(user(belgium))
			.with(csrf())
			.param("reason", "The EMN inform says 2019; a later report would have to be cited.")).andReturn().getResponse();
		assertThat(declined.getRedirectedUrl()).isEqualTo("/account/inbox");
		assertThat(statusOf(id)).isEqualTo("DECLINED");
		Document status = page(statusPage);
		assertThat(status.select(".correction-status").text()).isEqualTo("Declined");
		assertThat(status.select("blockquote").text()).isEqualTo("The EMN inform says 2019; a later report would have to be cited.");
		// Closed is closed: declining again is refused.
		assertThat(mvc.perform(post("/account/inbox/" + id + "/decline").with(user(belgium)).with(csrf()).param("reason", "Again."))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/corrections/AAAAAAAAAAAAAAAAAAAAAA")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/corrections/<script>")).andReturn().getResponse().getStatus()).isIn(400, 404);
	}

	@Test
	void whatReadersTypeIsShownAsTextNeverAsMarkupOrLinks() throws Exception {
		Editor belgium = TestEditors.contactPoint(accounts, "BE");
		String statusPage = mvc.perform(suggestion(PALIM_POST, "10.0.9.1", "whatIsWrong", "<script>alert(1)</script> <b>bold</b>", "shouldSay",
				"\"><img src=x onerror=alert(1)>", "source", "https://evil.example/page and javascript:alert(1)", "email", "x@evil.example"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		for (MockHttpServletRequestBuilder request : List.of(get(statusPage), get("/account/inbox").with(user(belgium)))) {
			String html = mvc.perform(request).andReturn().getResponse().getContentAsString();
			assertThat(html).doesNotContain("<script>alert(", "<img src=x", "<b>bold").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
			Document page = Jsoup.parse(html);
			assertThat(page.select(".correction-texts").text()).contains("<script>alert(1)</script> <b>bold</b>",
					"https://evil.example/page and javascript:alert(1)");
			assertThat(page.select("a[href*=evil.example], a[href^=javascript], a[href^=mailto]")).isEmpty();
		}
	}

	/** A reader's suggestion as the form sends it, typed in for longer than the minimum, with these fields typed otherwise. */
	private MockHttpServletRequestBuilder suggestion(String action, String address, String... typed) {
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("whatIsWrong", "The period is wrong.");
		fields.put("shouldSay", "It ran from 2019 to 2021.");
		fields.put("source", "https://example.org/report.pdf, page 4");
		fields.put("name", "Ana Reader");
		fields.put("organisation", "");
		fields.put("email", "ana@example.org");
		fields.put("website", "");
		fields.put("started", fillTime.startedAt(Instant.now().minusSeconds(10)));
		for (int i = 0; i < typed.length; i += 2) {
			fields.put(typed[i], typed[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(action).with(csrf()).with(from(address));
		fields.forEach(request::param);
		return request;
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private List<Integer> oneAfterTheOther(int count, java.util.function.IntFunction<MockHttpServletRequestBuilder> request)
			throws Exception {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			statuses.add(mvc.perform(request.apply(i)).andReturn().getResponse().getStatus());
		}
		return statuses;
	}

	/** {@code count} readers send their suggestion at the same moment: the answers' statuses. */
	private List<Integer> together(int count, java.util.function.IntFunction<MockHttpServletRequestBuilder> request) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch go = new CountDownLatch(count);
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				MockHttpServletRequestBuilder mine = request.apply(i);
				answers.add(threads.submit((Callable<Integer>) () -> {
					go.countDown();
					go.await(30, TimeUnit.SECONDS);
					return mvc.perform(mine).andReturn().getResponse().getStatus();
				}));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get(2, TimeUnit.MINUTES));
			}
			return statuses;
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** A partnership of Belgium's, from Cabo Verde (off the origins other tests count), made through the form. */
	private String createPartnership(Editor belgium) throws Exception {
		return createPartnership(belgium, "BE", "BE");
	}

	private String createPartnership(Editor editor, String reportingCountry, String... destinations) throws Exception {
		String html = mvc.perform(get("/partnerships/new").with(user(editor))).andReturn().getResponse().getContentAsString();
		PageForm form = PageForm.of(html, "/partnerships/new")
			.set("nameEn", "Corrections test " + System.nanoTime())
			.set("summaryEn", "An entry made by a test.")
			.set("reportingCountry", reportingCountry)
			.set("destinationCountries", destinations)
			.set("originCountries", "CV")
			.set("sources[0].sourceKey", "emn-inform-smp-2022")
			.set("sources[0].locator", "Section 5.3");
		String location = mvc.perform(form.sendTo(post("/partnerships/new").with(user(editor)).with(csrf())))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/partnerships/");
		return location.substring("/partnerships/".length());
	}

	private Document page(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private Document page(String path, Editor editor) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).with(user(editor))).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private Document inbox(Editor editor) throws Exception {
		return page("/account/inbox", editor);
	}

	private static String label(Element form, String field) {
		return form.select("label[for=" + field + "]").text();
	}

	private long storedSuggestions() {
		return jdbc.sql("SELECT count(*) FROM correction").query(Long.class).single();
	}

	private String statusOf(long id) {
		return jdbc.sql("SELECT status FROM correction WHERE id = ?").param(id).query(String.class).single();
	}

}
