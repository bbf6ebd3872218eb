package eu.smpcatalogue.citation;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import eu.smpcatalogue.CatalogueTest;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** BibTeX, RIS and CSL-JSON downloads of one entry and of a selection, read back as reference managers read them. */
@CatalogueTest
class CitationDownloadsTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void anEntryAsBibTeXParsesWithItsAuthorTitleDateAddressAndEdition() throws Exception {
		MockHttpServletResponse response = download("/partnerships/palim/cite.bib");
		assertThat(response.getContentType()).isEqualTo("application/x-bibtex;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"smp-palim.bib\"");

		BibTeXDatabase bib = new BibTeXParser().parse(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)));
		assertThat(bib.getEntries()).hasSize(1);
		BibTeXEntry entry = bib.getEntries().get(new Key("smp-palim"));
		assertThat(entry.getType()).isEqualTo(BibTeXEntry.TYPE_MISC);
		assertThat(braced(entry, BibTeXEntry.KEY_AUTHOR)).isEqualTo("EMN Belgium");
		assertThat(braced(entry, BibTeXEntry.KEY_TITLE)).isEqualTo(BibTex.escape(nameEn("palim")));
		LocalDate updated = updated("palim");
		assertThat(value(entry, BibTeXEntry.KEY_YEAR)).isEqualTo(Integer.toString(updated.getYear()));
		assertThat(value(entry, "date")).isEqualTo(updated.toString());
		assertThat(value(entry, BibTeXEntry.KEY_URL)).isEqualTo("http://localhost:8080/partnerships/palim");
		assertThat(value(entry, BibTeXEntry.KEY_PUBLISHER)).isEqualTo("SMP Catalogue");
		assertThat(value(entry, "origdate")).isEqualTo("2022-02");
		assertThat(value(entry, "language")).isEqualTo("english");
		assertThat(value(entry, BibTeXEntry.KEY_NOTE)).isEqualTo("Data from: " + edition(Locale.ENGLISH));
	}

	@Test
	void bibTeXKeepsSpecialCharactersInsideOneValue() throws Exception {
		Reference awkward = new Reference("k", "EMN {Test}", "Skills & jobs: 100% {fair} #1_a~b^c\\d", "en", null,
				"https://example.org/a_b%20c", "SMP Catalogue", "edition", "Data from: edition", 2022, 2, null, null);
		BibTeXDatabase bib = new BibTeXParser().parse(new StringReader(BibTex.write(List.of(awkward))));
		BibTeXEntry entry = bib.getEntries().get(new Key("k"));
		assertThat(braced(entry, BibTeXEntry.KEY_TITLE))
			.isEqualTo("Skills \\& jobs: 100\\% \\{fair\\} \\#1\\_a\\textasciitilde{}b\\textasciicircum{}c\\textbackslash{}d");
		assertThat(value(entry, BibTeXEntry.KEY_URL)).isEqualTo("https://example.org/a_b%20c");
	}

	@Test
	void anEntryAsRisIsOneTaggedLineEachClosedByEr() throws Exception {
		MockHttpServletResponse response = download("/partnerships/palim/cite.ris");
		assertThat(response.getContentType()).isEqualTo("application/x-research-info-systems;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"smp-palim.ris\"");
		String ris = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(ris).endsWith("ER  - \r\n");
		List<String> lines = Arrays.asList(ris.split("\r\n"));
		assertThat(lines).allMatch(line -> line.matches("[A-Z][A-Z0-9]  - .*"), "TAG  - value");
		assertThat(lines.get(0)).isEqualTo("TY  - ELEC");
		Map<String, String> tags = lines.stream()
			.collect(Collectors.toMap(line -> line.substring(0, 2), line -> line.substring(6), (a, b) -> a));
		assertThat(tags).containsEntry("AU", "EMN Belgium")
			.containsEntry("TI", nameEn("palim"))
			.containsEntry("PY", Integer.toString(updated("palim").getYear()))
			.containsEntry("DA", updated("palim").toString().replace('-', '/'))
			.containsEntry("UR", "http://localhost:8080/partnerships/palim")
			.containsEntry("PB", "SMP Catalogue")
			.containsEntry("LA", "en")
			.containsEntry("N1", "Data from: " + edition(Locale.ENGLISH));
	}

	@Test
	void anEntryAsCslJsonHasTheFieldsCitationStylesRead() throws Exception {
		MockHttpServletResponse response = download("/partnerships/palim/cite.csl.json");
		assertThat(response.getContentType()).isEqualTo("application/vnd.citationstyles.csl+json;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"smp-palim.csl.json\"");
		JsonNode items = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(items.isArray()).isTrue();
		assertThat(items.size()).isEqualTo(1);
		JsonNode item = items.get(0);
		LocalDate updated = updated("palim");
		assertThat(item.get("id").asString()).isEqualTo("smp-palim");
		assertThat(item.get("type").asString()).isEqualTo("webpage");
		assertThat(item.get("title").asString()).isEqualTo(nameEn("palim"));
		assertThat(item.get("author").get(0).get("literal").asString()).isEqualTo("EMN Belgium");
		assertThat(item.get("issued").get("date-parts").toString())
			.isEqualTo("[[%d,%d,%d]]".formatted(updated.getYear(), updated.getMonthValue(), updated.getDayOfMonth()));
		assertThat(item.get("original-date").get("date-parts").toString()).isEqualTo("[[2022,2]]");
		assertThat(item.get("URL").asString()).isEqualTo("http://localhost:8080/partnerships/palim");
		assertThat(item.get("publisher").asString()).isEqualTo("SMP Catalogue");
		assertThat(item.get("language").asString()).isEqualTo("en");
		assertThat(item.get("note").asString()).isEqualTo("Data from: " + edition(Locale.ENGLISH));
	}

	@Test
	void theFormatParameterAndTheFrenchReaderGetTheFrenchTitleAndAuthor() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/partnerships/palim/cite").param("format", "csl-json")
			.header("Accept-Language", "fr")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/vnd.citationstyles.csl+json");
		JsonNode item = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8)).get(0);
		assertThat(item.get("title").asString()).isEqualTo(
				jdbc.sql("SELECT name_fr FROM partnership WHERE slug = 'palim'").query(String.class).single());
		assertThat(item.get("author").get(0).get("literal").asString()).isEqualTo("REM Belgique");
		assertThat(item.get("language").asString()).isEqualTo("fr");
		assertThat(item.get("note").asString()).contains(edition(Locale.FRENCH));
	}

	@Test
	void anEntryNoCountryReportedIsByTheNetwork() throws Exception {
		String slug = jdbc.sql("SELECT slug FROM partnership WHERE reporting_country IS NULL AND NOT retired ORDER BY slug LIMIT 1")
			.query(String.class)
			.single();
		String ris = download("/partnerships/" + slug + "/cite.ris").getContentAsString(StandardCharsets.UTF_8);
		assertThat(ris).contains("\r\nAU  - European Migration Network\r\n");
	}

	@Test
	void aSelectionIsOneReferencePerPartnershipFilteredAsTheCatalogue() throws Exception {
		List<String> expected = jdbc.sql("""
				SELECT DISTINCT p.slug FROM partnership p JOIN partnership_origin_country o ON o.partnership_id = p.id
				WHERE o.country_code = 'MA' AND NOT p.retired""").query(String.class).list();
		assertThat(expected).isNotEmpty();
		MockHttpServletResponse response = download("/partnerships/cite.bib?origin=MA");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"smp-partnerships-" + LocalDate.now(ZoneOffset.UTC) + ".bib\"");
		BibTeXDatabase bib = new BibTeXParser().parse(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)));
		assertThat(bib.getEntries().keySet().stream().map(Key::getValue))
			.containsExactlyInAnyOrderElementsOf(expected.stream().map(slug -> "smp-" + slug).toList());

		JsonNode items = JSON.readTree(download("/partnerships/cite?format=csl-json&origin=MA").getContentAsString(StandardCharsets.UTF_8));
		assertThat(items.size()).isEqualTo(expected.size());
		String ris = download("/partnerships/cite.ris?origin=MA").getContentAsString(StandardCharsets.UTF_8);
		assertThat(ris.split("ER  - \r\n", -1)).hasSize(expected.size() + 1);
	}

	@Test
	void unknownEntriesFormatsAndFiltersAreRefusedInPlainText() throws Exception {
		MockHttpServletResponse missing = mvc.perform(get("/partnerships/no-such-entry/cite.bib")).andReturn().getResponse();
		assertThat(missing.getStatus()).isEqualTo(404);
		assertThat(missing.getContentType()).isEqualTo("text/plain;charset=UTF-8");
		assertThat(missing.getContentAsString(StandardCharsets.UTF_8)).contains("no-such-entry");
		MockHttpServletResponse format = mvc.perform(get("/partnerships/palim/cite").param("format", "docx")).andReturn().getResponse();
		assertThat(format.getStatus()).isEqualTo(400);
		assertThat(format.getContentAsString(StandardCharsets.UTF_8)).contains("\"docx\"").contains("bibtex, ris or csl-json");
		MockHttpServletResponse filter = mvc.perform(get("/partnerships/cite.ris").param("origin", "ZZ")).andReturn().getResponse();
		assertThat(filter.getStatus()).isEqualTo(400);
		assertThat(filter.getContentType()).isEqualTo("text/plain;charset=UTF-8");
		assertThat(mvc.perform(get("/partnerships/palim/cite.pdf")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	private MockHttpServletResponse download(String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response;
	}

	private String edition(Locale locale) {
		return messages.getMessage("citation.edition", null, locale);
	}

	private String nameEn(String slug) {
		return jdbc.sql("SELECT name_en FROM partnership WHERE slug = ?").param(slug).query(String.class).single();
	}

	private LocalDate updated(String slug) {
		return jdbc.sql("SELECT updated_at FROM partnership WHERE slug = ?")
			.param(slug)
			.query(Timestamp.class)
			.single()
			.toInstant()
			.atZone(ZoneOffset.UTC)
			.toLocalDate();
	}

	private static String value(BibTeXEntry entry, String field) {
		return value(entry, new Key(field));
	}

	private static String value(BibTeXEntry entry, Key field) {
		assertThat(entry.getField(field)).as(field.getValue()).isNotNull();
		return entry.getField(field).toUserString();
	}

	/** A value in double braces ({{EMN Belgium}}): the inner braces kept by BibTeX as part of it. */
	private static String braced(BibTeXEntry entry, Key field) {
		String value = value(entry, field);
		assertThat(value).startsWith("{").endsWith("}");
		return value.substring(1, value.length() - 1);
	}

}
