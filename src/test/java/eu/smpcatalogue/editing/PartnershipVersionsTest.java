package eu.smpcatalogue.editing;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Every revision of an entry at a permanent address, read-only, with its own citation; a retired entry's too. */
@CatalogueTest
@Transactional
class PartnershipVersionsTest {

	private static final String FIRST_SUMMARY = "An entry made by a test.";

	private static final String SECOND_SUMMARY = "The same entry, rewritten by its contact point.";

	@Autowired
	MockMvc mvc;

	@PersistenceContext
	EntityManager entityManager;

	@Autowired
	Accounts accounts;

	@Autowired
	PartnershipEditor partnershipEditor;

	@Autowired
	JdbcClient jdbc;

	private Requests requests;

	private Editor belgium;

	private String slug;

	/** A Belgian entry from Cabo Verde, created (version 1) and then edited (version 2). */
	@BeforeEach
	void anEntryWithTwoVersions() throws Exception {
		requests = new Requests(mvc, entityManager);
		belgium = TestEditors.contactPoint(accounts, "BE");
		PartnershipForm form = Requests.form("Versioned entry", "BE");
		form.setOriginCountries(List.of("CV"));
		slug = requests.create(belgium, form);
		PartnershipForm edit = partnershipEditor.formFor(slug, belgium);
		edit.setSummaryEn(SECOND_SUMMARY);
		MockHttpServletResponse saved = requests
			.perform(FormParams.of(post("/partnerships/" + slug + "/edit"), edit).with(user(belgium)).with(csrf()));
		assertThat(saved.getStatus()).as("saved").isEqualTo(302);
	}

	@Test
	void theHistoryNumbersEachRevisionWithItsPermanentAddress() throws Exception {
		Document history = requests.page("/partnerships/" + slug + "/history");
		assertThat(history.select("a.version-link").eachText()).containsExactly("Version 2", "Version 1");
		assertThat(history.select("a.version-link").eachAttr("href")).containsExactly(
				"/partnerships/" + slug + "/versions/2", "/partnerships/" + slug + "/versions/1");
	}

	@Test
	void aVersionShowsTheEntryAsItWasWithABannerAndIsNotIndexed() throws Exception {
		MockHttpServletResponse response = requests.perform(get("/partnerships/" + slug + "/versions/1"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("X-Robots-Tag")).isEqualTo("noindex");
		Document first = org.jsoup.Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(first.select("p.lead").text()).isEqualTo(FIRST_SUMMARY);
		assertThat(first.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(first.select(".version-banner").text()).isEqualTo("You are reading version 1 of this entry, saved on "
				+ day(savedOn(1)) + "; see the current entry. History");
		assertThat(first.select(".version-banner a.current-entry").attr("href")).isEqualTo("/partnerships/" + slug);
		assertThat(first.select("dl.facts").text()).contains("Cape Verde", "Belgium");
		assertThat(first.select("title").text()).startsWith("Version 1 of Versioned entry");
		// Read-only: no link to edit, no JSON-LD of the living entry, no related entries.
		assertThat(first.select("a[href$=/edit]")).isEmpty();
		assertThat(first.select("script[type=application/ld+json]")).isEmpty();

		Document second = requests.page("/partnerships/" + slug + "/versions/2");
		assertThat(second.select("p.lead").text()).isEqualTo(SECOND_SUMMARY);
		assertThat(requests.page("/partnerships/" + slug).select("p.lead").text()).isEqualTo(SECOND_SUMMARY);
	}

	@Test
	void aVersionIsCitedItselfAndAsTheLivingEntryWithTheDayItWasRead() throws Exception {
		Document page = requests.page("/partnerships/" + slug + "/versions/1");
		String today = day(LocalDate.now(ZoneOffset.UTC));
		String name = jdbc.sql("SELECT name_en FROM partnership WHERE slug = ?").param(slug).query(String.class).single();
		assertThat(page.select("#citation-version .citation-entry").text()).isEqualTo("EMN Belgium. " + name
				+ ", version 1 of " + day(savedOn(1)) + ". In: SMP Catalogue. http://localhost:8080/partnerships/" + slug
				+ "/versions/1 (accessed " + today + ")");
		assertThat(page.select("#citation-living .citation-entry").text()).startsWith("EMN Belgium. " + name + ". In: SMP Catalogue, last updated ")
			.endsWith("http://localhost:8080/partnerships/" + slug + " (accessed " + today + ")");
		assertThat(page.select("#cite .cite-downloads a").eachAttr("href")).containsExactly(
				"/partnerships/" + slug + "/versions/1/cite.bib", "/partnerships/" + slug + "/versions/1/cite.ris",
				"/partnerships/" + slug + "/versions/1/cite.csl.json");
		assertThat(page.select("meta[name=citation_public_url]").attr("content"))
			.isEqualTo("http://localhost:8080/partnerships/" + slug + "/versions/1");

		MockHttpServletResponse bib = requests.perform(get("/partnerships/" + slug + "/versions/1/cite.bib"));
		assertThat(bib.getStatus()).isEqualTo(200);
		assertThat(bib.getContentType()).isEqualTo("application/x-bibtex;charset=UTF-8");
		assertThat(bib.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"smp-" + slug + "-v1.bib\"");
		BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bib.getContentAsString(StandardCharsets.UTF_8)));
		BibTeXEntry entry = database.getEntries().get(new Key("smp-" + slug + "-v1"));
		assertThat(entry.getField(BibTeXEntry.KEY_URL).toUserString())
			.isEqualTo("http://localhost:8080/partnerships/" + slug + "/versions/1");
		assertThat(entry.getField(new Key("version")).toUserString()).isEqualTo("1");
		assertThat(entry.getField(new Key("urldate")).toUserString()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
		assertThat(entry.getField(new Key("date")).toUserString()).isEqualTo(savedOn(1).toString());
	}

	@Test
	void unknownVersionsAreNotFound() throws Exception {
		for (String number : List.of("0", "3", "-1", "abc", "99999999999999999999", "1.5")) {
			MockHttpServletResponse response = requests.perform(get("/partnerships/" + slug + "/versions/" + number));
			assertThat(response.getStatus()).as(number).isEqualTo(404);
		}
		assertThat(requests.perform(get("/partnerships/no-such-entry/versions/1")).getStatus()).isEqualTo(404);
		MockHttpServletResponse citation = requests.perform(get("/partnerships/" + slug + "/versions/3/cite.ris"));
		assertThat(citation.getStatus()).isEqualTo(404);
		assertThat(citation.getContentType()).isEqualTo("text/plain;charset=UTF-8");
		// A seeded entry nobody edited has no revision: nothing to cite as a version yet.
		String untouched = jdbc.sql("""
				SELECT p.slug FROM partnership p WHERE NOT EXISTS (SELECT 1 FROM revision r
				WHERE r.entry_type = 'PARTNERSHIP' AND r.entry_key = p.id::text) ORDER BY p.slug LIMIT 1""")
			.query(String.class)
			.single();
		assertThat(requests.perform(get("/partnerships/" + untouched + "/versions/1")).getStatus()).isEqualTo(404);
	}

	@Test
	void aRetiredEntrysVersionsStayReadable() throws Exception {
		requests.perform(post("/partnerships/" + slug + "/retire").with(user(belgium)).with(csrf()));
		assertThat(requests.perform(get("/partnerships/" + slug)).getStatus()).isEqualTo(404);
		Document page = requests.page("/partnerships/" + slug + "/versions/2");
		assertThat(page.select("p.lead").text()).isEqualTo(SECOND_SUMMARY);
		assertThat(page.select(".version-banner").text()).contains("You are reading version 2 of this entry")
			.contains("retired from the catalogue");
		assertThat(page.select(".version-banner a.current-entry")).isEmpty();
		assertThat(page.select("#citation-living")).isEmpty();
		assertThat(page.select("#citation-version .citation-entry").text()).contains("/versions/2");
		// Retiring was saved as version 3, which is readable too.
		assertThat(requests.perform(get("/partnerships/" + slug + "/versions/3")).getStatus()).isEqualTo(200);
	}

	private LocalDate savedOn(long number) {
		return jdbc.sql("""
				SELECT r.made_at FROM revision r JOIN partnership p ON r.entry_key = p.id::text AND r.entry_type = 'PARTNERSHIP'
				WHERE p.slug = ? ORDER BY r.entry_version, r.id OFFSET ? LIMIT 1""")
			.params(slug, number - 1)
			.query(Timestamp.class)
			.single()
			.toInstant()
			.atZone(ZoneOffset.UTC)
			.toLocalDate();
	}

	private static String day(LocalDate day) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(day);
	}

}
