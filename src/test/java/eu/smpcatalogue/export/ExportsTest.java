package eu.smpcatalogue.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.history.Action;
import eu.smpcatalogue.history.Author;
import eu.smpcatalogue.history.EntryType;
import eu.smpcatalogue.history.History;
import eu.smpcatalogue.history.PartnershipSnapshot;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The exports as a client gets them, read back with a CSV or XML parser and compared with the database. */
@CatalogueTest
class ExportsTest {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final String XML = "http://www.w3.org/XML/1998/namespace";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	History history;

	@Autowired
	JsonMapper json;

	@Test
	void theCsvOfASelectionHasOneRowPerPartnershipWithTheDatabasesValues() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/partnerships.csv?origin=MA")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).matches("attachment; filename=\"smp-partnerships-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
		byte[] body = response.getContentAsByteArray();
		assertThat(new String(body, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
		String text = new String(body, StandardCharsets.UTF_8).substring(1);
		assertThat(text).startsWith(String.join(",", PartnershipTable.header()) + "\r\n").endsWith("\r\n");

		List<CSVRecord> rows = records(body);
		List<String> expected = jdbc.sql("""
				SELECT p.slug FROM partnership p JOIN partnership_origin_country o ON o.partnership_id = p.id
				WHERE o.country_code = 'MA' AND NOT p.retired""").query(String.class).list();
		assertThat(rows).extracting(row -> row.get("slug")).containsExactlyInAnyOrderElementsOf(expected).hasSize(8);

		for (CSVRecord row : rows) {
			String slug = row.get("slug");
			Map<String, Object> db = jdbc.sql("""
					SELECT name_en, acronym, kind, start_year, start_month, end_year, created_at FROM partnership WHERE slug = ?""")
				.param(slug).query().singleRow();
			assertThat(row.get("name")).isEqualTo(db.get("name_en"));
			assertThat(row.get("acronym")).isEqualTo(db.get("acronym") == null ? "" : db.get("acronym"));
			assertThat(row.get("url")).isEqualTo("http://localhost:8080/partnerships/" + slug);
			assertThat(row.get("start_year")).isEqualTo(db.get("start_year") == null ? "" : db.get("start_year").toString());
			assertThat(row.get("start_month")).isEqualTo(db.get("start_month") == null ? "" : db.get("start_month").toString());
			assertThat(row.get("end_year")).isEqualTo(db.get("end_year") == null ? "" : db.get("end_year").toString());
			assertThat(row.get("origin_countries")).isEqualTo(countries("origin", slug));
			assertThat(row.get("destination_countries")).isEqualTo(countries("destination", slug));
			Map<String, String> statuses = elementStatuses(slug);
			long present = 0;
			for (eu.smpcatalogue.partnership.Element element : eu.smpcatalogue.partnership.Element.values()) {
				String status = statuses.getOrDefault(element.name(), "NOT_DOCUMENTED");
				assertThat(row.get(PartnershipTable.elementColumn(element))).as(slug + " " + element)
					.isEqualTo(STATUS_LABELS.get(status));
				present += status.equals("PRESENT") ? 1 : 0;
			}
			assertThat(row.get("elements_present")).isEqualTo(Long.toString(present));
			assertThat(row.get("sources")).contains("Note de synthèse (Inform) du REM");
		}
		CSVRecord palim = rows.stream().filter(row -> row.get("slug").equals("palim")).findFirst().orElseThrow();
		assertThat(palim.get("origin_countries")).isEqualTo("MA Morocco");
		assertThat(palim.get("destination_countries")).isEqualTo("BE Belgium");
		assertThat(palim.get("kind")).isEqualTo("Pilot project");
		assertThat(List.of(palim.get("start_year"), palim.get("start_month"), palim.get("end_year"), palim.get("end_month")))
			.containsExactly("2019", "3", "2021", "4");
	}

	@Test
	void aSelectionOfSeveralCountriesListsEachOnceWithCodesAndNames() throws Exception {
		List<CSVRecord> rows = records(mvc.perform(get("/partnerships.csv?origin=MA&origin=TN&destination=BE")).andReturn()
			.getResponse().getContentAsByteArray());
		CSVRecord thamm = rows.stream().filter(row -> row.get("slug").equals("thamm-belgium")).findFirst().orElseThrow();
		assertThat(thamm.get("origin_countries")).isEqualTo("MA Morocco; TN Tunisia");
		assertThat(thamm.get("implementers")).contains("Enabel");
		assertThat(thamm.get("figures")).contains("350 people").contains("Box 4");
		assertThat(thamm.get("part_of")).isNotEmpty();
	}

	@Test
	void theColumnNamesStayTheSameInFrenchWhileTheValuesAreFrench() throws Exception {
		byte[] body = mvc.perform(get("/partnerships.csv?origin=MA&lang=fr")).andReturn().getResponse().getContentAsByteArray();
		try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get()
			.parse(new StringReader(new String(body, StandardCharsets.UTF_8).substring(1)))) {
			assertThat(parser.getHeaderNames()).isEqualTo(PartnershipTable.header());
			CSVRecord palim = parser.getRecords().stream().filter(row -> row.get("slug").equals("palim")).findFirst().orElseThrow();
			assertThat(palim.get("origin_countries")).isEqualTo("MA Maroc");
			assertThat(palim.get("name")).isEqualTo(jdbc.sql("SELECT name_fr FROM partnership WHERE slug = 'palim'").query(String.class).single());
		}
	}

	@Test
	void theWholeCatalogueExportsEveryPublishedPartnership() throws Exception {
		List<CSVRecord> rows = records(mvc.perform(get("/partnerships.csv")).andReturn().getResponse().getContentAsByteArray());
		long published = jdbc.sql("SELECT count(*) FROM partnership WHERE NOT retired").query(Long.class).single();
		assertThat(rows).hasSize((int) published);
		// The seed holds no cell that a spreadsheet would take for a formula once exported.
		rows.forEach(row -> row.forEach(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+")
			.doesNotStartWith("@").doesNotStartWith("-")));
	}

	@Test
	@Transactional
	void theCsvWithSemicolonsReadsBackAsTheCommaOneWithDecimalCommas() throws Exception {
		jdbc.sql("UPDATE partnership SET budget_amount = 1234567.89, budget_currency = 'EUR' WHERE slug = 'palim'").update();
		byte[] comma = mvc.perform(get("/partnerships.csv")).andReturn().getResponse().getContentAsByteArray();
		MockHttpServletResponse response = mvc.perform(get("/partnerships.csv?sep=semicolon")).andReturn().getResponse();
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		byte[] semicolon = response.getContentAsByteArray();
		assertThat(new String(semicolon, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
		assertThat(new String(semicolon, StandardCharsets.UTF_8).substring(1)).startsWith(String.join(";", PartnershipTable.header()) + "\r\n");

		List<CSVRecord> byComma = records(comma);
		List<CSVRecord> bySemicolon;
		try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().get()
			.parse(new StringReader(new String(semicolon, StandardCharsets.UTF_8).substring(1)))) {
			assertThat(parser.getHeaderNames()).isEqualTo(PartnershipTable.header());
			bySemicolon = parser.getRecords();
		}
		assertThat(bySemicolon).hasSameSizeAs(byComma).hasSize((int) (long) jdbc.sql("SELECT count(*) FROM partnership WHERE NOT retired")
			.query(Long.class).single());
		for (int r = 0; r < byComma.size(); r++) {
			for (String column : PartnershipTable.header()) {
				String expected = byComma.get(r).get(column);
				// Numbers take the decimal comma that a spreadsheet splitting on semicolons reads as a number.
				assertThat(bySemicolon.get(r).get(column)).as(byComma.get(r).get("slug") + " " + column)
					.isEqualTo(column.equals("budget_amount") ? expected.replace('.', ',') : expected);
			}
		}
		CSVRecord palim = bySemicolon.stream().filter(row -> row.get("slug").equals("palim")).findFirst().orElseThrow();
		assertThat(palim.get("budget_amount")).isEqualTo("1234567,89");
		assertThat(byComma.stream().filter(row -> row.get("slug").equals("palim")).findFirst().orElseThrow().get("budget_amount"))
			.isEqualTo("1234567.89");
		assertThat(palim.get("origin_countries")).as("a value with semicolons is quoted, and whole").isEqualTo("MA Morocco");
		assertThat(bySemicolon.stream().filter(row -> row.get("slug").equals("thamm-belgium")).findFirst().orElseThrow()
			.get("origin_countries")).isEqualTo("MA Morocco; TN Tunisia");
	}

	@Test
	void anUnknownSeparatorIsA400InBothLanguages() throws Exception {
		MockHttpServletResponse english = mvc.perform(get("/partnerships.csv?sep=tab")).andReturn().getResponse();
		assertThat(english.getStatus()).isEqualTo(400);
		assertThat(org.jsoup.Jsoup.parse(english.getContentAsString()).select("p.lead").text())
			.isEqualTo("The separator \"tab\" is not offered: leave sep out for commas, or write sep=semicolon.");
		MockHttpServletResponse french = mvc.perform(get("/partnerships.csv?sep=tab&lang=fr")).andReturn().getResponse();
		assertThat(french.getStatus()).isEqualTo(400);
		assertThat(org.jsoup.Jsoup.parse(french.getContentAsString()).select("p.lead").text())
			.isEqualTo("Le séparateur « tab » n’est pas proposé : omettez sep pour des virgules, ou écrivez sep=semicolon.");
	}

	@Test
	void eachLanguageIsAFeedOfItsOwnWithTheSameEntries() throws Exception {
		for (String path : List.of("/partnerships.atom?origin=MA", "/changes.atom")) {
			String separator = path.contains("?") ? "&" : "?";
			Element english = xml(mvc.perform(get(path)).andReturn().getResponse().getContentAsByteArray());
			Element french = xml(mvc.perform(get(path + separator + "lang=fr")).andReturn().getResponse().getContentAsByteArray());
			Element byBrowser = xml(mvc.perform(get(path).header("Accept-Language", "fr-BE,fr;q=0.9")).andReturn().getResponse()
				.getContentAsByteArray());

			assertThat(english.getAttributeNS(XML, "lang")).as(path).isEqualTo("en");
			assertThat(french.getAttributeNS(XML, "lang")).as(path).isEqualTo("fr");
			assertThat(child(french, "id")).as(path).startsWith("urn:uuid:").isNotEqualTo(child(english, "id"));
			assertThat(child(byBrowser, "id")).as(path).isEqualTo(child(french, "id"));
			assertThat(child(french, "title")).as(path).isNotEqualTo(child(english, "title"));

			String page = path.replace(".atom", "");
			assertThat(link(english, "self")).isEqualTo("http://localhost:8080" + path);
			assertThat(link(english, "alternate")).isEqualTo("http://localhost:8080" + page);
			assertThat(link(french, "self")).isEqualTo("http://localhost:8080" + path + separator + "lang=fr");
			assertThat(link(french, "alternate")).isEqualTo("http://localhost:8080" + page + separator + "lang=fr");
			assertThat(link(byBrowser, "self")).as("what a feed reader without the browser's language must ask for")
				.isEqualTo(link(french, "self"));

			List<String> entryIds = entries(english).stream().map(entry -> child(entry, "id")).toList();
			assertThat(entryIds).isNotEmpty();
			assertThat(entries(french)).extracting(entry -> child(entry, "id")).isEqualTo(entryIds);
		}
		// The French self link, followed without any cookie or language header, gives the French feed again.
		String self = link(xml(mvc.perform(get("/partnerships.atom?origin=MA&lang=fr")).andReturn().getResponse().getContentAsByteArray()),
				"self");
		Element followed = xml(mvc.perform(get(self.substring("http://localhost:8080".length()))).andReturn().getResponse()
			.getContentAsByteArray());
		assertThat(followed.getAttributeNS(XML, "lang")).isEqualTo("fr");
	}

	@Test
	void badParametersGetAClear400WhateverTheFormat() throws Exception {
		for (String url : List.of("/partnerships.csv?origin=XX", "/partnerships.csv?from=20x1", "/partnerships.csv?from=2022&to=2019",
				"/partnerships.csv?sort=sideways")) {
			MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
			assertThat(response.getStatus()).as(url).isEqualTo(400);
			assertThat(response.getContentType()).as(url).startsWith("text/html");
			assertThat(response.getContentAsString()).as(url).contains("This request cannot be answered");
		}
		assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/partnerships.csv?origin=XX")).andReturn().getResponse()
			.getContentAsString()).select("p.lead").text())
			.isEqualTo("The filter \"origin\" has no value \"XX\". Pick a value from the list of filters.");
		MockHttpServletResponse feed = mvc.perform(get("/partnerships.atom?sector=nothing-like-this")).andReturn().getResponse();
		assertThat(feed.getStatus()).isEqualTo(400);
		assertThat(feed.getContentType()).isEqualTo("text/plain;charset=UTF-8");
		assertThat(feed.getContentAsString()).isEqualTo(
				"This request cannot be answered: The filter \"sector\" has no value \"nothing-like-this\". Pick a value from the list of filters.\n");
	}

	@Test
	void theFeedOfASelectionListsItsEntriesByLastUpdate() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/partnerships.atom?origin=MA")).andReturn().getResponse();
		assertThat(response.getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
		Element feed = xml(response.getContentAsByteArray());
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(child(feed, "id")).startsWith("urn:uuid:");
		assertThat(child(feed, "title")).contains("8 partnerships");
		assertThat(Instant.parse(child(feed, "updated"))).isNotNull();
		assertThat(link(feed, "self")).isEqualTo("http://localhost:8080/partnerships.atom?origin=MA");
		assertThat(link(feed, "alternate")).isEqualTo("http://localhost:8080/partnerships?origin=MA");

		List<String> expected = jdbc.sql("""
				SELECT p.slug FROM partnership p JOIN partnership_origin_country o ON o.partnership_id = p.id
				WHERE o.country_code = 'MA' AND NOT p.retired ORDER BY p.updated_at DESC, p.slug""").query(String.class).list();
		List<Element> entries = entries(feed);
		assertThat(entries).extracting(entry -> link(entry, "alternate"))
			.containsExactlyElementsOf(expected.stream().map(slug -> "http://localhost:8080/partnerships/" + slug).toList());
		Set<String> ids = new HashSet<>();
		Instant previous = Instant.MAX;
		for (Element entry : entries) {
			assertThat(ids.add(child(entry, "id"))).isTrue();
			assertThat(child(entry, "title")).isNotBlank();
			assertThat(child(entry, "summary")).isNotBlank();
			Instant updated = Instant.parse(child(entry, "updated"));
			assertThat(updated).isBeforeOrEqualTo(previous);
			previous = updated;
		}
		// An entry keeps its id from one feed to another: readers see an update, not a new item.
		Element all = xml(mvc.perform(get("/partnerships.atom?origin=TN&origin=MA")).andReturn().getResponse().getContentAsByteArray());
		assertThat(entries(all)).extracting(entry -> child(entry, "id")).containsAll(ids);
		assertThat(child(all, "id")).isNotEqualTo(child(feed, "id"));
	}

	@Test
	@Transactional
	void theChangesFeedAnnouncesTheLatestRevisions() throws Exception {
		Long id = jdbc.sql("SELECT id FROM partnership WHERE slug = 'palim'").query(Long.class).single();
		history.record(EntryType.PARTNERSHIP, id.toString(), 99, Action.EDITED, new Author(null, "Feed Tester", "BE"),
				json.readValue("{\"nameEn\": \"PALIM\", \"summaryEn\": \"changed\"}", PartnershipSnapshot.class), null, 98);

		Element feed = xml(mvc.perform(get("/changes.atom")).andReturn().getResponse().getContentAsByteArray());
		assertThat(link(feed, "self")).isEqualTo("http://localhost:8080/changes.atom");
		Element newest = entries(feed).get(0);
		assertThat(child(newest, "title")).startsWith("PALIM").contains("Edited");
		assertThat(child(newest, "summary")).contains("Feed Tester (BE)").contains("Summary");
		assertThat(link(newest, "alternate")).isEqualTo("http://localhost:8080/partnerships/palim/history");
		assertThat(child(feed, "updated")).isEqualTo(child(newest, "updated"));
		assertThat(entries(feed)).hasSize((int) Math.min(Feeds.SIZE, jdbc.sql("SELECT count(*) FROM revision WHERE action <> 'IMPORTED'")
			.query(Long.class).single()));
	}

	@Test
	void theSitemapListsTheMainPagesEveryPublishedPartnershipAndEveryCountry() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/sitemap.xml")).andReturn().getResponse();
		assertThat(response.getContentType()).isEqualTo("application/xml;charset=UTF-8");
		Element urlset = xml(response.getContentAsByteArray());
		assertThat(urlset.getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
		Map<String, String> lastModified = new HashMap<>();
		NodeList urls = urlset.getElementsByTagNameNS("*", "url");
		for (int i = 0; i < urls.getLength(); i++) {
			Element url = (Element) urls.item(i);
			lastModified.put(child(url, "loc"), url.getElementsByTagNameNS("*", "lastmod").getLength() > 0 ? child(url, "lastmod") : null);
		}
		List<String> expected = new ArrayList<>(List.of("http://localhost:8080/", "http://localhost:8080/partnerships",
				"http://localhost:8080/countries", "http://localhost:8080/sources"));
		jdbc.sql("SELECT slug FROM partnership WHERE NOT retired").query(String.class).list()
			.forEach(slug -> expected.add("http://localhost:8080/partnerships/" + slug));
		jdbc.sql("SELECT code FROM country").query(String.class).list().forEach(code -> expected.add("http://localhost:8080/countries/" + code));
		assertThat(lastModified.keySet()).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(lastModified.get("http://localhost:8080/partnerships/palim")).matches("\\d{4}-\\d{2}-\\d{2}");
		for (String loc : List.of("/partnerships/palim", "/countries/BE", "/")) {
			assertThat(mvc.perform(get(loc)).andReturn().getResponse().getStatus()).as(loc).isEqualTo(200);
		}
	}

	@Test
	void robotsPointToTheSitemap() throws Exception {
		String robots = mvc.perform(get("/robots.txt")).andReturn().getResponse().getContentAsString();
		assertThat(robots).contains("User-agent: *").contains("Sitemap: http://localhost:8080/sitemap.xml").contains("Disallow: /admin/");
	}

	@Test
	void theCatalogueOffersTheSelectionAsCsvMatrixAndFeedWithItsFilters() throws Exception {
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(mvc.perform(get("/partnerships?origin=MA&sector=ict"))
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select(".selection-tools a").eachAttr("href")).containsExactly("/partnerships.csv?origin=MA&sector=ict",
				"/partnerships.csv?origin=MA&sector=ict&sep=semicolon", "/partnerships.xlsx?origin=MA&sector=ict",
				"/compare/elements?origin=MA&sector=ict", "/partnerships.atom?origin=MA&sector=ict",
				"/partnerships/cite.bib?origin=MA&sector=ict", "/partnerships/cite.ris?origin=MA&sector=ict",
				"/partnerships/cite.csl.json?origin=MA&sector=ict");
		assertThat(page.select(".selection-tools a").eachText()).containsExactly("Download this selection as CSV",
				"CSV with semicolons (Excel in French, German…)", "Download this selection as a spreadsheet (XLSX)",
				"Compare this selection on the five elements", "Follow this selection (Atom feed)", "BibTeX (.bib)",
				"RIS (.ris)", "CSL-JSON (.csl.json)");

		org.jsoup.nodes.Document french = org.jsoup.Jsoup.parse(mvc.perform(get("/partnerships?origin=MA&sector=ict&lang=fr"))
			.andReturn().getResponse().getContentAsString());
		assertThat(french.select(".selection-tools a").eachAttr("href")).containsExactly("/partnerships.csv?origin=MA&sector=ict",
				"/partnerships.csv?origin=MA&sector=ict&sep=semicolon", "/partnerships.xlsx?origin=MA&sector=ict",
				"/compare/elements?origin=MA&sector=ict", "/partnerships.atom?origin=MA&sector=ict&lang=fr",
				"/partnerships/cite.bib?origin=MA&sector=ict", "/partnerships/cite.ris?origin=MA&sector=ict",
				"/partnerships/cite.csl.json?origin=MA&sector=ict");
		assertThat(french.select(".selection-tools a").eachText()).containsExactly("Télécharger cette sélection en CSV",
				"CSV à points-virgules (Excel en français, en allemand…)", "Télécharger cette sélection en tableur (XLSX)",
				"Comparer cette sélection sur les cinq éléments", "Suivre cette sélection (flux Atom)", "BibTeX (.bib)",
				"RIS (.ris)", "CSL-JSON (.csl.json)");
		assertThat(french.select("footer a[type], footer a").eachAttr("href")).contains("/changes.atom?lang=fr");
	}

	private static final Map<String, String> STATUS_LABELS = Map.of("PRESENT", "Present", "PARTLY", "Partly present", "ABSENT",
			"Absent", "NOT_DOCUMENTED", "Not documented");

	private Map<String, String> elementStatuses(String slug) {
		Map<String, String> statuses = new HashMap<>();
		jdbc.sql("""
				SELECT e.element, e.status FROM partnership_element e JOIN partnership p ON p.id = e.partnership_id
				WHERE p.slug = ?""").param(slug).query().listOfRows()
			.forEach(row -> statuses.put((String) row.get("element"), (String) row.get("status")));
		return statuses;
	}

	private String countries(String side, String slug) {
		return String.join("; ", jdbc.sql("""
				SELECT c.code || ' ' || c.name_en FROM partnership_%s_country pc JOIN partnership p ON p.id = pc.partnership_id
				JOIN country c ON c.code = pc.country_code WHERE p.slug = ? ORDER BY c.code""".formatted(side))
			.param(slug).query(String.class).list());
	}

	static List<CSVRecord> records(byte[] body) throws IOException {
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(text.substring(1)))) {
			return parser.getRecords();
		}
	}

	static Element xml(byte[] body) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
		return document.getDocumentElement();
	}

	private static List<Element> entries(Element feed) {
		NodeList nodes = feed.getElementsByTagNameNS(ATOM, "entry");
		List<Element> entries = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			entries.add((Element) nodes.item(i));
		}
		return entries;
	}

	/** The text of the first direct child with this name. */
	private static String child(Element parent, String name) {
		for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && element.getLocalName().equals(name)) {
				return element.getTextContent();
			}
		}
		throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
	}

	private static String link(Element parent, String rel) {
		for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && element.getLocalName().equals("link") && element.getAttribute("rel").equals(rel)) {
				return element.getAttribute("href");
			}
		}
		throw new AssertionError("no link rel=" + rel);
	}

}
