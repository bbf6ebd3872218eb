package eu.smpcatalogue.catalogue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.smpcatalogue.CatalogueTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The public pages as a reader sees them: their text, links and form fields, for real seeded entries. */
@CatalogueTest
class CataloguePagesTest {

	private static final Pattern TOTAL = Pattern.compile("(\\d+) partnerships found");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void homeExplainsSmpsAndLeadsWithTheCatalogueFigures() throws Exception {
		Document home = page("/", 200);
		assertThat(home.select("h1").text()).isEqualTo("Skills mobility partnerships");
		assertThat(home.select("ol.elements li")).hasSize(5);
		assertThat(home.select(".headline").text()).contains(partnershipCount() + " partnerships")
			.contains("23 EMN Member States answered")
			.contains("8 reported SMPs");
	}

	@Test
	void theCatalogueListsEveryPublishedPartnershipPageByPage() throws Exception {
		long total = partnershipCount();
		Document first = page("/partnerships", 200);
		assertThat(total(first)).isEqualTo(total);
		assertThat(first.select("ol.result-list > li")).hasSize(20);
		List<String> slugs = new ArrayList<>();
		for (int pageNumber = 1; pageNumber <= (total + 19) / 20; pageNumber++) {
			page("/partnerships?page=" + pageNumber, 200).select("ol.result-list h3 a")
				.forEach(link -> slugs.add(link.attr("href")));
		}
		assertThat(slugs).hasSize((int) total).doesNotHaveDuplicates();
	}

	@Test
	void severalValuesOfOneFacetWidenAndDifferentFacetsNarrow() throws Exception {
		long morocco = total(page("/partnerships?origin=MA", 200));
		long tunisia = total(page("/partnerships?origin=TN", 200));
		long either = total(page("/partnerships?origin=MA&origin=TN", 200));
		long both = dbCount("""
				SELECT count(*) FROM partnership p WHERE
				  EXISTS (SELECT 1 FROM partnership_origin_country o WHERE o.partnership_id = p.id AND o.country_code = 'MA')
				  AND EXISTS (SELECT 1 FROM partnership_origin_country o WHERE o.partnership_id = p.id AND o.country_code = 'TN')""");
		assertThat(either).isEqualTo(morocco + tunisia - both).isGreaterThan(Math.max(morocco, tunisia));

		Document narrowed = page("/partnerships?origin=MA&destination=BE", 200);
		assertThat(titles(narrowed)).containsExactlyInAnyOrder(
				"PALIM – Pilot project addressing labour shortages through innovative mobility models",
				"THAMM in Belgium (Enabel)", "THAMM – Towards a Holistic Approach to Labour Migration Governance and Labour Mobility in North Africa");
	}

	@Test
	void everyFacetCountIsWhatTickingThatValueGives() throws Exception {
		for (String url : List.of("/partnerships", "/partnerships?origin=MA", "/partnerships?sector=health&kind=programme")) {
			Document catalogue = page(url, 200);
			for (Element checkbox : catalogue.select(".facets input[type=checkbox]:not([checked])")) {
				long shown = Long.parseLong(catalogue.select("label[for=" + checkbox.id() + "] .count").text().replaceAll("\\D", ""));
				String ticked = url + (url.contains("?") ? "&" : "?") + checkbox.attr("name") + "=" + checkbox.val();
				assertThat(total(page(ticked, 200))).as(ticked).isEqualTo(shown);
			}
		}
	}

	@Test
	void facetCountsMatchTheDatabase() throws Exception {
		Document catalogue = page("/partnerships", 200);
		Element belgium = catalogue.selectFirst(".facets input[name=destination][value=BE]");
		long shown = Long.parseLong(catalogue.select("label[for=" + belgium.id() + "] .count").text().replaceAll("\\D", ""));
		assertThat(shown).isEqualTo(dbCount(
				"SELECT count(*) FROM partnership_destination_country d JOIN partnership p ON p.id = d.partnership_id WHERE d.country_code = 'BE' AND NOT p.retired"));
	}

	@Test
	void activeFiltersAreShownAndRemovableOneByOne() throws Exception {
		Document catalogue = page("/partnerships?origin=MA&sector=ict", 200);
		assertThat(catalogue.select(".active-filters a").eachText()).anyMatch(text -> text.startsWith("Origin country: Morocco"))
			.anyMatch(text -> text.startsWith("Sector: Information and communication technology"));
		String removeMorocco = catalogue.select(".active-filters a")
			.stream()
			.filter(link -> link.text().startsWith("Origin country: Morocco"))
			.findFirst()
			.orElseThrow()
			.attr("href");
		assertThat(removeMorocco).isEqualTo("/partnerships?sector=ict");
	}

	@ParameterizedTest
	@ValueSource(strings = { "PALIM", "palim", "THAMM", "IMGTI", "GECCO", "WAFIRA", "CEEPUS", "EPS", "TITP", "APTC", "PEM",
			"DIGI TALENTS", "MENTOR II", "Triple Win", "Hand in Hand", "Young generation as change agents",
			"jeune génération", "Atypical Working Scheme", "Ireland Fellows Programme", "Specified Skilled Worker" })
	void programmeNamesAndAcronymsAreFound(String query) throws Exception {
		assertThat(total(page("/partnerships?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), 200)))
			.as(query)
			.isPositive();
	}

	@Test
	void searchIgnoresCaseAndAccents() throws Exception {
		assertThat(titles(page("/partnerships?q=senegal", 200))).isEqualTo(titles(page("/partnerships?q=S%C3%89N%C3%89GAL", 200)))
			.isNotEmpty();
	}

	@Test
	void acronymsAreFoundWhole() throws Exception {
		List<String> pem = slugs(page("/partnerships?q=PEM", 200));
		assertThat(pem).contains("/partnerships/pem-senegal");
		assertThat(slugs(page("/partnerships?q=EPS", 200))).contains("/partnerships/korea-eps")
			.doesNotContain("/partnerships/pem-senegal");
	}

	@Test
	void everySeededPartnershipIsFoundByItsAcronym() throws Exception {
		List<String[]> acronyms = jdbc.sql("SELECT slug, acronym FROM partnership WHERE acronym IS NOT NULL")
			.query((row, n) -> new String[] { row.getString(1), row.getString(2) })
			.list();
		assertThat(acronyms).hasSizeGreaterThan(10);
		for (String[] entry : acronyms) {
			String url = "/partnerships?size=100&q=" + URLEncoder.encode(entry[1], StandardCharsets.UTF_8);
			assertThat(slugs(page(url, 200))).as(url).contains("/partnerships/" + entry[0]);
		}
	}

	@Test
	void switchingLanguageKeepsTheSelection() throws Exception {
		Document catalogue = page("/partnerships?origin=MA&q=young", 200);
		assertThat(catalogue.select(".language a").attr("href")).isEqualTo("/partnerships?origin=MA&q=young&lang=fr");
		// The alternates search engines read are absolute, on the public address (smp.public-url; here its default).
		assertThat(catalogue.select("link[hreflang=en]").attr("href"))
			.isEqualTo("http://localhost:8080/partnerships?origin=MA&q=young&lang=en");
		Document french = page("/partnerships/palim?lang=fr", 200);
		assertThat(french.select("html").attr("lang")).isEqualTo("fr");
		assertThat(french.select("h1").text()).startsWith("PALIM – Projet pilote");
	}

	@Test
	void anEmptyResultSaysSoAndOffersToWiden() throws Exception {
		Document empty = page("/partnerships?q=nothingmatchesthis", 200);
		assertThat(empty.select(".empty").text()).contains("No partnership matches these filters");
		assertThat(empty.select(".empty a").attr("href")).isEqualTo("/partnerships");
	}

	@Test
	void theDetailPageShowsEverythingKnownAboutAPartnership() throws Exception {
		Document thamm = page("/partnerships/thamm-belgium", 200);
		assertThat(thamm.select("h1").text()).isEqualTo("THAMM in Belgium (Enabel)");
		assertThat(thamm.select(".facts").text()).contains("Belgium").contains("Morocco").contains("Tunisia")
			.contains("Enabel").contains("2023");
		assertThat(thamm.select(".elements-table tbody tr")).hasSize(5);
		assertThat(thamm.select(".figures-table").text()).contains("350 people").contains("Planned");
		assertThat(thamm.select(".sources a").eachAttr("href"))
			.contains("https://open.enabel.be/nl/MAR/2460/updates/towards-a-holistic-approach-to-labour-migration-governance-and-labour-mobility-in-north-africa.html");
		assertThat(thamm.select(".breadcrumb a").eachAttr("href")).contains("/partnerships/thamm");
		assertThat(slugs(thamm)).contains("/partnerships/thamm-germany");
	}

	@Test
	void countryPagesShowTheEmnAnswerAndThePartnershipsBothWays() throws Exception {
		Document belgium = page("/countries/BE", 200);
		assertThat(belgium.select("h1").text()).isEqualTo("Belgium");
		assertThat(belgium.select(".facts").text()).contains("Reported SMPs Yes");
		assertThat(tableSlugs(belgium)).contains("/partnerships/palim", "/partnerships/pem-senegal");
		Document morocco = page("/countries/MA", 200);
		assertThat(morocco.select("#origin-heading").text()).startsWith("As country of origin");
		assertThat(tableSlugs(morocco)).contains("/partnerships/palim", "/partnerships/wafira");

		Document countries = page("/countries", 200);
		assertThat(countries.select("tbody tr")).hasSize((int) dbCount("SELECT count(*) FROM country"));
	}

	@Test
	void countryCodesAreReadAsPeopleTypeThem() throws Exception {
		assertThat(mvc.perform(get("/countries/EL")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/countries/GR");
		assertThat(mvc.perform(get("/countries/be")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/countries/BE");
		assertThat(total(page("/partnerships?destination=el", 200))).isEqualTo(total(page("/partnerships?destination=GR", 200)));
	}

	@Test
	void unknownSlugsAndCodesGetAHelpful404() throws Exception {
		assertThat(page("/partnerships/no-such-partnership", 404).select("main").text())
			.contains("There is no partnership at \"no-such-partnership\"")
			.contains("Browse all partnerships");
		assertThat(page("/countries/QQ", 404).select("main").text()).contains("no country with the code \"QQ\"");
		assertThat(page("/no/such/page", 404).select("h1").text()).isEqualTo("Page not found");
		assertThat(page("/partnerships?page=999", 404).select("main").text()).contains("Page 999 is past the end");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/partnerships?page=-1", "/partnerships?page=abc", "/partnerships?page=0",
			"/partnerships?from=abc", "/partnerships?from=2020&to=2010", "/partnerships?destination=ZZ",
			"/partnerships?origin=Morocco", "/partnerships?sector=%3Cscript%3E", "/partnerships?kind=treaty",
			"/partnerships?element=six", "/partnerships?sort=price", "/partnerships?size=100000",
			"/partnerships?q=a&q=b", "/partnerships?page=99999999999999", "/partnerships?q=a%00b",
			"/partnerships?q=%07" })
	void malformedParametersGetAClearMessageAndA400(String url) throws Exception {
		Document error = page(url, 400);
		assertThat(error.select("h1").text()).isEqualTo("This request cannot be answered");
		assertThat(error.select(".lead").text()).isNotBlank();
		assertThat(error.html()).doesNotContain("Exception").doesNotContain("at eu.smpcatalogue");
	}

	@Test
	void aTenThousandCharacterSearchIsRefusedPolitely() throws Exception {
		Document error = page("/partnerships?q=" + "a".repeat(10_000), 400);
		assertThat(error.select(".lead").text()).contains("too long");
	}

	@Test
	void hostileSearchTextIsTreatedAsText() throws Exception {
		for (String query : List.of("' OR 1=1 --", "<script>alert(1)</script>", "!!!", "&|:*()", "\\", "%", "a:*")) {
			MvcResult result = mvc.perform(get("/partnerships").param("q", query)).andReturn();
			assertThat(result.getResponse().getStatus()).as(query).isEqualTo(200);
			assertThat(result.getResponse().getContentAsString()).doesNotContain("<script>alert(1)</script>");
		}
	}

	@Test
	void theSourcesPageListsEveryCitedDocument() throws Exception {
		Document sources = page("/sources", 200);
		assertThat(sources.select("ol.bibliography > li")).hasSize((int) dbCount("SELECT count(*) FROM source_document"));
		assertThat(sources.select("a").eachAttr("href")).contains("https://eea.iom.int/match-hiring-african-talents",
				"https://doi.org/10.1787/be84707b-en");
	}

	private Document page(String url, int expectedStatus) throws Exception {
		MvcResult result = mvc.perform(get(URI.create(url))).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(expectedStatus);
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static long total(Document catalogue) {
		Matcher matcher = TOTAL.matcher(catalogue.select(".result-count").text());
		return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
	}

	private static List<String> titles(Document document) {
		return document.select("ol.result-list h3, ul.result-list h3").eachText();
	}

	private static List<String> tableSlugs(Document document) {
		return document.select(".country-partnerships tbody th[scope=row] > a").eachAttr("href");
	}

	private static List<String> slugs(Document document) {
		return document.select(".result-list h3 a").eachAttr("href");
	}

	private long partnershipCount() {
		return dbCount("SELECT count(*) FROM partnership WHERE NOT retired");
	}

	private long dbCount(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
