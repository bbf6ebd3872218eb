package eu.smpcatalogue.citation;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.smpcatalogue.CatalogueTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** What reference managers read from the pages, the cite box's downloads and copy button, and the edition's one wording. */
@CatalogueTest
class CitationPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	/**
	 * As Zotero's "Embedded Metadata" translator reads a page: every {@code meta} whose name starts with
	 * {@code citation_}, the first value of each (authors: all of them), the date read as Y/M/D.
	 */
	@Test
	void aPartnershipPageCarriesHighwireTagsAsZoteroReadsThem() throws Exception {
		Map<String, List<String>> tags = highwire(page("/partnerships/palim"));
		assertThat(tags.get("citation_title")).containsExactly(
				jdbc.sql("SELECT name_en FROM partnership WHERE slug = 'palim'").query(String.class).single());
		assertThat(tags.get("citation_author")).containsExactly("EMN Belgium");
		LocalDate updated = jdbc.sql("SELECT updated_at FROM partnership WHERE slug = 'palim'")
			.query(Timestamp.class)
			.single()
			.toInstant()
			.atZone(ZoneOffset.UTC)
			.toLocalDate();
		assertThat(LocalDate.parse(tags.get("citation_publication_date").get(0), DateTimeFormatter.ofPattern("yyyy/MM/dd")))
			.isEqualTo(updated);
		assertThat(tags.get("citation_date")).isEqualTo(tags.get("citation_publication_date"));
		assertThat(tags.get("citation_public_url")).containsExactly("http://localhost:8080/partnerships/palim");
		assertThat(tags.get("citation_abstract_html_url")).containsExactly("http://localhost:8080/partnerships/palim");
		assertThat(tags.get("citation_publisher")).containsExactly("SMP Catalogue");
		assertThat(tags.get("citation_language")).containsExactly("en");

		Map<String, List<String>> french = highwire(page("/partnerships/palim?lang=fr"));
		assertThat(french.get("citation_author")).containsExactly("REM Belgique");
		assertThat(french.get("citation_language")).containsExactly("fr");
		// The address stays the permalink, whatever the language the page was read in.
		assertThat(french.get("citation_public_url")).containsExactly("http://localhost:8080/partnerships/palim");
	}

	@Test
	void aCountryPageCarriesHighwireTagsByItsContactPoint() throws Exception {
		Map<String, List<String>> tags = highwire(page("/countries/BE"));
		assertThat(tags.get("citation_title")).containsExactly("Belgium");
		assertThat(tags.get("citation_author")).containsExactly("EMN Belgium");
		assertThat(tags.get("citation_public_url")).containsExactly("http://localhost:8080/countries/BE");
		assertThat(tags.get("citation_publisher")).containsExactly("SMP Catalogue");
		assertThat(tags.get("citation_publication_date").get(0)).matches("\\d{4}/\\d{2}/\\d{2}");
		// A country the EMN did not ask has no contact point of its own in the inform.
		String notAsked = jdbc.sql("SELECT code FROM country WHERE emn_responded IS NULL ORDER BY code LIMIT 1")
			.query(String.class)
			.single();
		assertThat(highwire(page("/countries/" + notAsked)).get("citation_author")).containsExactly("European Migration Network");
		// Pages that are no entry say nothing to a reference manager.
		assertThat(highwire(page("/partnerships"))).isEmpty();
	}

	@Test
	void theCiteBoxLinksToEachDownloadAndOffersACopyButtonThatItsScriptShows() throws Exception {
		Document page = page("/partnerships/palim");
		assertThat(page.select("#cite .cite-downloads a").eachAttr("href")).containsExactly("/partnerships/palim/cite.bib",
				"/partnerships/palim/cite.ris", "/partnerships/palim/cite.csl.json");
		assertThat(page.select("#cite .cite-downloads a").eachAttr("type")).containsExactly("application/x-bibtex",
				"application/x-research-info-systems", "application/vnd.citationstyles.csl+json");
		Element button = page.selectFirst("#cite button[data-copy-target]");
		assertThat(button).isNotNull();
		// Hidden without script; the citation it copies is on the page as text.
		assertThat(button.hasAttr("hidden")).isTrue();
		assertThat(button.text()).isEqualTo("Copy the citation");
		assertThat(page.getElementById(button.attr("data-copy-target")).text()).startsWith("EMN Belgium. ");
		assertThat(page.select("#cite .copy-status[role=status]")).hasSize(1);
		// Our own file, content-hashed and cached like the stylesheet; no script written into the page.
		String script = page.selectFirst("script[src]").attr("src");
		assertThat(script).matches("/js/copy-citation-[0-9a-f]{32}\\.js");
		assertThat(page.select("script:not([src])").eachAttr("type")).containsOnly("application/ld+json");
		assertThat(page.select("[onclick], [onload]")).isEmpty();
		MockHttpServletResponse js = mvc.perform(get(script)).andReturn().getResponse();
		assertThat(js.getStatus()).isEqualTo(200);
		assertThat(js.getContentType()).contains("javascript");
		assertThat(js.getHeader("Cache-Control")).contains("max-age=31536000");
		assertThat(js.getContentAsString(StandardCharsets.UTF_8)).contains("navigator.clipboard");
		assertThat(mvc.perform(get("/js/no-such-script.js")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theCatalogueOffersItsSelectionAsCitations() throws Exception {
		Document page = page("/partnerships?origin=MA");
		assertThat(page.select(".cite-selection a").eachAttr("href")).containsExactly("/partnerships/cite.bib?origin=MA",
				"/partnerships/cite.ris?origin=MA", "/partnerships/cite.csl.json?origin=MA");
	}

	@Test
	void theEditionIsWordedTheSameInTheCiteBoxTheJsonLdTheFooterAndTheDownloads() throws Exception {
		for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
			String edition = messages.getMessage("citation.edition", null, locale);
			Document page = page("/partnerships/palim?lang=" + locale.getLanguage());
			assertThat(page.select("#cite .citation-source").text()).startsWith(edition + ".");
			assertThat(page.select("script[type=application/ld+json]").get(0).data()).contains(jsonString(edition));
			assertThat(page.select(".site-footer").text()).contains(edition);
			assertThat(mvc.perform(get("/partnerships/palim/cite.ris").param("lang", locale.getLanguage()))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8)).contains(edition);
			assertThat(messages.getMessage("exports.about.source.value", null, locale)).startsWith(edition);
			String csv = mvc.perform(get("/partnerships.csv").param("origin", "MA").param("lang", locale.getLanguage()))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv.substring(1)))) {
				List<CSVRecord> rows = parser.getRecords();
				assertThat(rows).isNotEmpty().allMatch(row -> row.get("source_edition").equals(edition));
			}
		}
	}

	/** The JSON-LD writes {@code "} as {@code \"} and French typography's spaces as they are. */
	private static String jsonString(String text) {
		return text.replace("\"", "\\\"");
	}

	private static Map<String, List<String>> highwire(Document page) {
		Map<String, List<String>> tags = new LinkedHashMap<>();
		for (Element meta : page.select("head meta[name^=citation_]")) {
			tags.computeIfAbsent(meta.attr("name"), name -> new java.util.ArrayList<>()).add(meta.attr("content"));
		}
		return tags;
	}

	private Document page(String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

}
