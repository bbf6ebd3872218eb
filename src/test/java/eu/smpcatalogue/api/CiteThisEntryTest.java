package eu.smpcatalogue.api;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import eu.smpcatalogue.CatalogueTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** "Cite this entry" and the schema.org JSON-LD on a partnership's page. */
@CatalogueTest
class CiteThisEntryTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDetailPageOffersACitationWithItsPermalinkAndSource() throws Exception {
		Document page = page("/partnerships/palim");
		String name = jdbc.sql("SELECT name_en FROM partnership WHERE slug = 'palim'").query(String.class).single();
		String updated = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
			.format(jdbc.sql("SELECT updated_at FROM partnership WHERE slug = 'palim'")
				.query(java.sql.Timestamp.class)
				.single()
				.toInstant()
				.atZone(ZoneOffset.UTC));
		String locator = jdbc.sql("""
				SELECT s.locator FROM partnership_source s JOIN partnership p ON p.id = s.partnership_id
				WHERE p.slug = 'palim' ORDER BY s.position LIMIT 1""").query(String.class).single();

		assertThat(page.select("#cite-heading").text()).isEqualTo("Cite this entry");
		assertThat(page.select("#cite .citation-entry").text())
			.isEqualTo("EMN Belgium. " + name + ". In: SMP Catalogue, last updated " + updated + ". http://localhost:8080/partnerships/palim");
		assertThat(page.select("#cite .citation-source").text()).isEqualTo(
				"European Migration Network, EMN Inform \"Skills Mobility Partnerships\" (French edition, February 2022). " + locator + ".");
		assertThat(page.select("#cite a.permalink").attr("href")).isEqualTo("http://localhost:8080/partnerships/palim");
		assertThat(page.select("#cite time").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(page.select("#cite a[type=application/json]").attr("href"))
			.isEqualTo("http://localhost:8080/api/partnerships/palim");

		Document french = page("/partnerships/palim?lang=fr");
		assertThat(french.select("#cite-heading").text()).isEqualTo("Citer cette fiche");
		assertThat(french.select("#cite .citation-entry").text()).startsWith("REM Belgique. ");
		assertThat(french.select("#cite .citation-source").text()).startsWith(
				"Réseau européen des migrations (REM), note de synthèse (Inform) du REM « Partenariats pour la mobilité des compétences » (édition française, février 2022).");
		// The permalink never carries the language switch.
		assertThat(french.select("#cite a.permalink").attr("href")).isEqualTo("http://localhost:8080/partnerships/palim");
	}

	@Test
	void theJsonLdDescribesThePartnership() throws Exception {
		JsonNode ld = jsonLd(page("/partnerships/palim"));
		assertThat(ld.get("@context").get("@vocab").asString()).isEqualTo("https://schema.org/");
		assertThat(ld.get("@type").asString()).isEqualTo("Project");
		assertThat(ld.get("name").asString()).isEqualTo(
				jdbc.sql("SELECT name_en FROM partnership WHERE slug = 'palim'").query(String.class).single());
		assertThat(ld.get("alternateName").get(0).asString()).isEqualTo("PALIM");
		assertThat(ld.get("url").asString()).isEqualTo("http://localhost:8080/partnerships/palim");
		assertThat(ld.get("description").asString()).isEqualTo(
				jdbc.sql("SELECT summary_en FROM partnership WHERE slug = 'palim'").query(String.class).single());
		assertThat(ld.get("foundingDate").asString()).startsWith(
				jdbc.sql("SELECT start_year::text FROM partnership WHERE slug = 'palim'").query(String.class).single());
		assertThat(ld.get("areaServed").findValuesAsString("identifier")).contains("BE", "MA");
		// PALIM's implementer is named (as its sponsor); the inform names no funder, so none is claimed.
		assertThat(ld.get("sponsor").findValuesAsString("name")).containsExactlyElementsOf(organisations("palim", "IMPLEMENTER"));
		assertThat(ld.has("funder")).isFalse();
		JsonNode entry = ld.get("subjectOf");
		assertThat(entry.get("@type").asString()).isEqualTo("WebPage");
		assertThat(entry.get("isPartOf").get("name").asString()).isEqualTo("SMP Catalogue");
		assertThat(entry.get("dateModified").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
		assertThat(entry.get("citation").get("name").asString())
			.isEqualTo("European Migration Network, EMN Inform \"Skills Mobility Partnerships\" (French edition, February 2022)");
		assertThat(entry.get("citation").get("datePublished").asString()).isEqualTo("2022-02");
		assertThat(entry.get("citation").get("author").get("name").asString()).isEqualTo("European Migration Network");
	}

	@Test
	void fundersAndTheWiderProgrammeAreDescribed() throws Exception {
		String slug = jdbc.sql("""
				SELECT p.slug FROM partnership p WHERE p.part_of_id IS NOT NULL AND NOT p.retired
				AND EXISTS (SELECT 1 FROM partnership_organisation o WHERE o.partnership_id = p.id AND o.role = 'FUNDER')
				ORDER BY p.slug LIMIT 1""").query(String.class).single();
		JsonNode ld = jsonLd(page("/partnerships/" + slug));
		assertThat(ld.get("funder").findValuesAsString("name")).containsExactlyInAnyOrderElementsOf(organisations(slug, "FUNDER"));
		assertThat(ld.get("parentOrganization").get("@id").asString()).startsWith("http://localhost:8080/partnerships/")
			.endsWith("#partnership");
	}

	@Test
	@Transactional
	void textThatLooksLikeMarkupCannotEscapeTheJsonLd() throws Exception {
		String hostile = "Trained </script><script>alert(1)</script> & <!-- \"quoted\"";
		jdbc.sql("UPDATE partnership SET summary_en = :text WHERE slug = 'palim'").param("text", hostile).update();
		MvcResult result = mvc.perform(get("/partnerships/palim")).andReturn();
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("<script>alert(1)");
		Document page = Jsoup.parse(html);
		// The JSON-LD is the one script without a source of its own (the copy button's is a file of ours).
		assertThat(page.select("script:not([src])")).hasSize(1);
		assertThat(jsonLd(page).get("description").asString()).isEqualTo(hostile);
	}

	@Test
	void escapingForScriptKeepsTheJsonValid() {
		String escaped = Citations.safeForScript("{\"a\":\"</script><!-- & >\"}");
		assertThat(escaped).doesNotContain("<").doesNotContain(">").doesNotContain("&");
		assertThat(ApiTestSupport.JSON.readTree(escaped).get("a").asString()).isEqualTo("</script><!-- & >");
	}

	private java.util.List<String> organisations(String slug, String role) {
		return jdbc.sql("""
				SELECT org.name_en FROM partnership_organisation o JOIN partnership p ON p.id = o.partnership_id
				JOIN organisation org ON org.slug = o.organisation_slug WHERE p.slug = :slug AND o.role = :role""")
			.param("slug", slug)
			.param("role", role)
			.query(String.class)
			.list();
	}

	private JsonNode jsonLd(Document page) {
		Elements scripts = page.select("script[type=application/ld+json]");
		assertThat(scripts).hasSize(1);
		return ApiTestSupport.JSON.readTree(scripts.get(0).data());
	}

	private Document page(String url) throws Exception {
		MvcResult result = mvc.perform(get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
