package eu.smpcatalogue.performance;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import eu.smpcatalogue.CatalogueTest;
import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every public page sends at most fourteen SQL statements (an entry's page: ten, one each for the facts coded
 * from the source (occupations, skill level, recognition), and the count of the corrections readers suggested
 * for it), counted at the JDBC level (Hibernate and plain
 * JDBC alike), and the same number whether the catalogue holds its seeded entries or 2,000 more: no
 * statement per row. Downloads of the whole selection read it a page at a time: a fixed number per page. Counted cold (the catalogue version just changed, so nothing is cached) and warm.
 */
@CatalogueTest
class StatementCountTest {

	static final int LIMIT = 14;

	static final List<String> PAGES = List.of("/", "/partnerships", "/partnerships?destination=DE&sector=health&q=nurses",
			"/partnerships?page=3", "/partnerships/palim", "/countries/DE", "/partnerships.csv",
			"/partnerships.csv?sep=semicolon", "/partnerships.xlsx", "/compare/elements.csv", "/compare/elements.xlsx",
			"/api/partnerships",
			"/api/partnerships/palim", "/countries", "/sources", "/compare/elements", "/compare?slugs=palim,thamm",
			"/statistics", "/map", "/statistics?destination=DE&sector=health", "/map?view=europe&origin=MA",
			"/changes", "/partnerships.atom", "/partnerships.atom?sector=health",
			"/changes.atom", "/sitemap.xml",
			"/partnerships/palim/history", "/countries/DE/history");

	/**
	 * Downloads of the catalogue read it a page of {@link #DOWNLOAD_PAGE} entries at a time (so that 100,000
	 * rows need no more memory than 500): the statements of one page more for each further page, never one
	 * per entry.
	 */
	static final List<String> PAGED_DOWNLOADS = List.of("/partnerships.csv", "/partnerships.csv?sep=semicolon",
			"/partnerships.xlsx");

	/**
	 * Pages that count or list the whole selection read it as aggregates or projections, never loading the
	 * partnerships themselves (the entity graph's fetch of names, links and organisations is the sign).
	 */
	static final List<String> WITHOUT_ENTITIES = List.of("/statistics", "/map", "/statistics?destination=DE&sector=health",
			"/map?view=europe&origin=MA", "/sitemap.xml");

	/** As {@code export.PartnershipPages} reads them. */
	static final int DOWNLOAD_PAGE = 500;

	/**
	 * What one page costs: the page's entries, five fetches of their collections, and their facts coded from
	 * the source (occupations, skill levels, recognition) in three.
	 */
	static final int STATEMENTS_PER_DOWNLOAD_PAGE = 9;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void removeGeneratedEntries() {
		SyntheticData.remove(jdbc);
	}

	@Test
	void everyPublicPageSendsAFewStatementsWhateverTheSizeOfTheCatalogue() throws Exception {
		Map<String, List<String>> seeded = coldStatements();
		int seededPages = downloadPages();
		SyntheticData.generate(dataSource, 2_000);
		Map<String, List<String>> large = coldStatements();
		int morePages = downloadPages() - seededPages;
		assertThat(morePages).isPositive();

		seeded.forEach((page, statements) -> assertThat(statements).as(page).hasSizeLessThanOrEqualTo(LIMIT));
		WITHOUT_ENTITIES.forEach(page -> assertThat(large.get(page)).as(page)
			.noneMatch(sql -> sql.contains("partnership_alternative_name")));
		large.forEach((page, statements) -> assertThat(statements).as(page + " with 2,000 more entries")
			.hasSize(seeded.get(page).size() + (PAGED_DOWNLOADS.contains(page) ? morePages * STATEMENTS_PER_DOWNLOAD_PAGE : 0)));
	}

	/**
	 * PostgreSQL's JIT costs the catalogue's aggregates more than it saves, and a plan made once for any
	 * parameters evaluates the search's query function on every row (application.properties).
	 */
	@Test
	void theApplicationsConnectionsNeitherCompileNorReuseGenericPlans() {
		assertThat(jdbc.sql("SHOW jit").query(String.class).single()).isEqualTo("off");
		assertThat(jdbc.sql("SHOW plan_cache_mode").query(String.class).single()).isEqualTo("force_custom_plan");
	}

	private int downloadPages() {
		long published = jdbc.sql("SELECT count(*) FROM partnership WHERE NOT retired").query(Long.class).single();
		return (int) ((published + DOWNLOAD_PAGE - 1) / DOWNLOAD_PAGE);
	}

	@Test
	void aFacetListsItsHundredMostUsedValuesAndTheSelectedOnes() throws Exception {
		SyntheticData.generate(dataSource, 2_000);
		String rare = jdbc.sql("""
				SELECT organisation_slug FROM partnership_organisation WHERE role = 'FUNDER'
				GROUP BY organisation_slug ORDER BY count(*), organisation_slug LIMIT 1""").query(String.class).single();
		long funders = jdbc.sql("SELECT count(DISTINCT organisation_slug) FROM partnership_organisation WHERE role = 'FUNDER'")
			.query(Long.class)
			.single();
		assertThat(funders).isGreaterThan(100);

		Document page = Jsoup.parse(mvc.perform(get("/partnerships?funder=" + rare)).andReturn().getResponse().getContentAsString());
		page.select("fieldset.facet").forEach(facet -> assertThat(facet.select("input[type=checkbox]")).hasSizeLessThanOrEqualTo(100));
		assertThat(page.select("input[name=funder]")).hasSize(100);
		assertThat(page.select("input[name=funder][checked]").eachAttr("value")).containsExactly(rare);

		// The API lists the same, unless asked for every value.
		String api = mvc.perform(get("/api/partnerships?funder=" + rare)).andReturn().getResponse().getContentAsString();
		List<String> listed = JsonPath.read(api, "$.facets.funder[*].value");
		assertThat(listed).hasSize(100).contains(rare);
		List<Integer> counts = JsonPath.read(api, "$.facets.funder[?(@.value != '" + rare + "')].count");
		String all = mvc.perform(get("/api/partnerships?funder=" + rare + "&facets=all")).andReturn().getResponse().getContentAsString();
		List<String> every = JsonPath.read(all, "$.facets.funder[*].value");
		List<Integer> left = JsonPath.read(all, "$.facets.funder[?(@.value != '" + rare + "')].count");
		left.sort(Comparator.reverseOrder());
		assertThat(counts).as("the most used").allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(left.get(98)));
		long published = jdbc.sql("""
				SELECT count(DISTINCT o.organisation_slug) FROM partnership_organisation o
				JOIN partnership p ON p.id = o.partnership_id WHERE o.role = 'FUNDER' AND NOT p.retired""").query(Long.class).single();
		assertThat((long) every.size()).isEqualTo(published);
	}

	@Test
	void aCountryPageListsTheFirstPageByNameAndLinksToTheRestInTheCatalogue() throws Exception {
		Document seeded = page("/countries/DE");
		assertThat(seeded.select("#destination-table tbody th[scope=row] > a")).hasSize(9);
		assertThat(seeded.select("a:contains(in the catalogue)")).as("a whole list, without the link").isEmpty();

		SyntheticData.generate(dataSource, 2_000);
		Document germany = page("/countries/DE");
		Document catalogue = page("/partnerships?destination=DE");
		String total = catalogue.selectFirst(".result-count").text().replaceAll("\\D+", " ").strip().split(" ")[0];
		assertThat(Integer.parseInt(total)).isGreaterThan(20);
		assertThat(germany.select("#destination-heading").text()).isEqualTo("As country of destination (" + total + ")");
		assertThat(germany.select("#destination-table tbody th[scope=row] > a").eachAttr("href")).hasSize(20)
			.isEqualTo(slugs(catalogue, ".result-list"));
		assertThat(germany.select("a:contains(All " + total + " in the catalogue)").eachAttr("href"))
			.containsExactly("/partnerships?destination=DE");
	}

	@Test
	void aDetailPageListsTenRelatedPartnershipsAndLinksToTheRestInTheCatalogue() throws Exception {
		SyntheticData.generate(dataSource, 2_000);
		String busy = jdbc.sql("""
				SELECT p.slug FROM partnership p
				JOIN partnership_destination_country d ON d.partnership_id = p.id AND d.country_code = 'DE'
				JOIN partnership_origin_country o ON o.partnership_id = p.id
				WHERE p.slug LIKE 'synthetic-%' AND NOT p.retired
				GROUP BY p.slug ORDER BY count(*) DESC, p.slug LIMIT 1""").query(String.class).single();
		Document detail = page("/partnerships/" + busy);
		assertThat(slugs(detail, "#related-heading + ul")).hasSize(10).doesNotContain("/partnerships/" + busy);
		String more = detail.select("a:contains(More between these countries in the catalogue)").attr("href");
		assertThat(more).startsWith("/partnerships?destination=").contains("origin=");
		assertThat(page(more).selectFirst(".result-count").text()).doesNotStartWith("1 ").isNotBlank();
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url)).andReturn().getResponse().getContentAsString());
	}

	private static List<String> slugs(Document page, String list) {
		return page.select(list + " h3 a, " + list + " h2 a").eachAttr("href");
	}

	private Map<String, List<String>> coldStatements() throws Exception {
		Map<String, List<String>> statements = new LinkedHashMap<>();
		for (String page : PAGES) {
			jdbc.sql("UPDATE catalogue_version SET version = nextval('catalogue_version_seq')").update();
			StatementCounter.start();
			int status = mvc.perform(get(page)).andReturn().getResponse().getStatus();
			statements.put(page, StatementCounter.stop());
			assertThat(status).as(page).isEqualTo(200);
		}
		statements.forEach((page, sql) -> System.out.println(sql.size() + "\t" + page));
		return statements;
	}

}
