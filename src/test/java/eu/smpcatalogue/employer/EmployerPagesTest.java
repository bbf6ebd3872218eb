package eu.smpcatalogue.employer;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.smpcatalogue.CatalogueTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The employers' view, its brief and what they lead to, as a reader sees them in either language: the form, the
 * partnerships found (ongoing first), who trains and recognises, the figures, whom to contact, the downloads.
 */
@CatalogueTest
class EmployerPagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theFormOffersOccupationsSectorsAndDestinations() throws Exception {
		Document page = page("/employers", 200);
		assertThat(page.select("h1").text()).isEqualTo("For employers");
		assertThat(page.select("label[for=need]").text()).isEqualTo("I need people in");
		assertThat(page.select("form.employer-form").attr("method")).isEqualTo("get");
		assertThat(options(page, "need")).contains("2221 Nursing professionals", "22 Health professionals",
				"Information and communication technology (ICT)");
		assertThat(page.select("select#need option[value=occupation-2221]")).hasSize(1);
		assertThat(options(page, "country")).contains("Germany", "Belgium", "Ireland");
		assertThat(page.select(".employer-card")).isEmpty();
	}

	@Test
	void nursesForGermanyShowWhoTrainsTheFiguresAndWhomToContact() throws Exception {
		Document page = page("/employers?need=occupation-222&country=DE", 200);
		assertThat(page.select("select#need option[selected]").val()).isEqualTo("occupation-222");
		assertThat(page.select("select#country option[selected]").val()).isEqualTo("DE");
		assertThat(page.select("#ongoing-heading").text()).startsWith("Ongoing");
		Element tripleWin = card(page, "/partnerships/triple-win");
		assertThat(tripleWin.text()).contains("Who trains, and where", "Who recruits and places people",
				"German Federal Employment Agency",
				"2221 Nursing professionals", "3221 Nursing associate professionals", "Whom to contact");
		assertThat(tripleWin.select("a[href=http://www.emn-germany.de]")).hasSize(1);
		assertThat(page.select("#completed-heading")).isEmpty();
		// The same selection in the catalogue, its downloads and the brief.
		assertThat(hrefs(page)).contains("/partnerships?destination=DE&occupation=222",
				"/partnerships.csv?destination=DE&occupation=222", "/partnerships.xlsx?destination=DE&occupation=222",
				"/employers/brief?need=occupation-222&country=DE");
	}

	@Test
	void ictInBelgiumListsOngoingThenCompletedPartnershipsWithTheirResults() throws Exception {
		Document page = page("/employers?need=sector-ict&country=BE&lang=fr", 200);
		assertThat(page.select("h1").text()).isEqualTo("Pour les employeurs");
		List<String> headings = page.select("main h2").eachText();
		assertThat(headings).anyMatch(h -> h.startsWith("En cours"));
		assertThat(headings.indexOf(headings.stream().filter(h -> h.startsWith("En cours")).findFirst().orElseThrow()))
			.isLessThan(headings.indexOf(headings.stream().filter(h -> h.startsWith("Terminés")).findFirst().orElseThrow()));
		Element palim = card(page, "/partnerships/palim");
		assertThat(palim.text()).contains("Terminé", "Qui forme, et où", "Enabel", "Qui contacter", "http://www.emnbelgium.be");
		assertThat(page.select("section[aria-labelledby=completed-heading] a[href=/partnerships/palim]")).hasSize(1);
	}

	@Test
	void theRecognisingBodyAndWhatIsRecognisedAreShownWhereTheSourceSaysThem() throws Exception {
		Element japan = card(page("/employers?need=occupation-53", 200), "/partnerships/japan-nurses-care-workers");
		assertThat(japan.text()).contains("Who recognises the qualification", "Japanese public agencies",
				"responsible for certifying and training workers");
		Element ba = card(page("/employers?country=DE", 200), "/partnerships/germany-ba-placement-agreements");
		assertThat(ba.text()).contains("What is recognised: The qualification. When: After an adaptation period");
	}

	@Test
	void theRolesSentencesSayHowEmployersTookPart() throws Exception {
		Element handInHand = card(page("/employers?country=DE", 200), "/partnerships/hand-in-hand-international-talents");
		assertThat(handInHand.select("dt:contains(How employers took part) + dd").text()).contains("Hand in Hand")
			.doesNotContain("Not stated");
		Element japan = card(page("/employers?need=occupation-53&lang=fr", 200), "/partnerships/japan-nurses-care-workers");
		assertThat(japan.select("dt:contains(Qui forme) + dd").text()).contains("Agences publiques japonaises");
	}

	@Test
	void theBriefIsOnePageToPrintInBothLanguages() throws Exception {
		Document brief = page("/employers/brief?need=occupation-2221&country=IE", 200);
		assertThat(brief.select("h1").text()).isEqualTo("Employers’ brief");
		assertThat(brief.select(".lead").text()).isEqualTo("People in 2221 Nursing professionals, for Ireland");
		assertThat(brief.select("header.site-header, nav")).isEmpty();
		assertThat(brief.select("link[rel=stylesheet]").attr("href")).startsWith("/css/catalogue");
		assertThat(card(brief, "/partnerships/ireland-atypical-working-scheme").text()).contains("http://www.emn.ie");
		Document french = page("/employers/brief?need=occupation-2221&country=IE&lang=fr", 200);
		assertThat(french.select("h1").text()).isEqualTo("Note pour les employeurs");
		assertThat(french.select(".lead").text()).isEqualTo("Des personnes en 2221 Cadres infirmiers, pour Irlande");
	}

	@Test
	void aChoiceTheFormNeverOffersIsAClearBadRequest() throws Exception {
		assertThat(page("/employers?need=plumbers", 400).text()).contains("“plumbers” is not one of the occupations or sectors");
		assertThat(page("/employers?need=occupation-9999", 400).select("main").text()).contains("9999");
		assertThat(page("/employers/brief?country=ZZ", 400).select("main").text()).contains("ZZ");
	}

	@Test
	void theDownloadsTakeTheOccupationFilterAndCarryTheIscoCodes() throws Exception {
		MvcResult csv = mvc.perform(get(URI.create("/partnerships.csv?destination=DE&occupation=222"))).andReturn();
		assertThat(csv.getResponse().getStatus()).isEqualTo(200);
		String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(text.lines().findFirst().orElseThrow()).contains("skill_level,skill_level_sentence,eqf_level,isco_codes,occupations");
		assertThat(text).contains("triple-win", "2221; 3221").doesNotContain("imgti");
	}

	@Test
	void aCountryPageTellsEmployersTheOccupationsAndOrganisations() throws Exception {
		Document germany = page("/countries/DE", 200);
		assertThat(germany.select("#employers-heading").text()).isEqualTo("For employers in this country");
		assertThat(germany.select("section[aria-labelledby=employers-heading] a").eachText()).contains("2221 Nursing professionals");
		assertThat(germany.select("section[aria-labelledby=employers-heading]").text()).contains("GIZ, German development agency");
		assertThat(hrefs(germany)).contains("/employers?need=occupation-2221&country=DE", "/employers?country=DE");
		Document french = page("/countries/DE?lang=fr", 200);
		assertThat(french.select("#employers-heading").text()).isEqualTo("Pour les employeurs de ce pays");
		assertThat(french.text()).contains("2221 Cadres infirmiers");
	}

	@Test
	void aPartnershipPageShowsItsOccupationsSkillLevelAndRecognition() throws Exception {
		Document imgti = page("/partnerships/imgti", 200);
		assertThat(imgti.select("dl.facts").text()).contains("Occupations (ISCO-08)", "221 Medical doctors",
				"In the source’s words: doctors", "Highly skilled", "postgraduate medical training");
		assertThat(imgti.select("a[href=/partnerships?occupation=221]")).hasSize(1);
		assertThat(imgti.select("#recognition-heading").text()).isEqualTo("How skills are recognised");
		assertThat(imgti.select(".recognition-table tbody tr")).hasSize(4)
			.allSatisfy(row -> assertThat(row.select("td").first().text()).isEqualTo("Not stated in the source"));
		Document young = page("/partnerships/young-generation-change-agents?lang=fr", 200);
		assertThat(young.select("dl.facts").text()).contains("Hautement qualifiés", "Niveau CEC 7", "terminer un master");
		Document ba = page("/partnerships/germany-ba-placement-agreements?lang=fr", 200);
		assertThat(ba.select(".recognition-table").text()).contains("La qualification",
				"Après une période d’adaptation dans le pays de destination", "statut d’assistant");
	}

	@Test
	void theCatalogueFiltersByOccupationGroupAtAnyLevel() throws Exception {
		Document health = page("/partnerships?occupation=22", 200);
		assertThat(hrefs(health)).contains("/partnerships/imgti", "/partnerships/triple-win",
				"/partnerships/lithuania-ukraine-mental-health").doesNotContain("/partnerships/digi-talents");
		List<String> occupationOptions = health.select("fieldset.facet:has(legend:contains(Occupation)) input").eachAttr("value");
		assertThat(occupationOptions).contains("2", "22", "221", "2221").isSorted();
	}

	private Element card(Document page, String href) {
		return page.select(".employer-card").stream()
			.filter(card -> !card.select("h3 a[href=" + href + "]").isEmpty())
			.findFirst()
			.orElseThrow(() -> new AssertionError(href + " is not among " + page.select(".employer-card h3").eachText()));
	}

	private static List<String> options(Document page, String select) {
		return page.select("select#" + select + " option").eachText();
	}

	private static List<String> hrefs(Document page) {
		return page.select("a[href]").eachAttr("href");
	}

	private Document page(String url, int expectedStatus) throws Exception {
		MvcResult result = mvc.perform(get(URI.create(url))).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(expectedStatus);
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
