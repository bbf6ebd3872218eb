package eu.smpcatalogue.catalogue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.smpcatalogue.CatalogueTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The catalogue's search as a reader sees it: what is found, in what order, and the words found marked. */
@CatalogueTest
class SearchPagesTest {

	private static final List<String> ICT_ENTRIES = List.of("/partnerships/digi-talents", "/partnerships/palim",
			"/partnerships/iom-match");

	private static final List<String> NURSING_ENTRIES = List.of("/partnerships/triple-win",
			"/partnerships/global-skills-partnerships-nursing", "/partnerships/japan-nurses-care-workers");

	@Autowired
	MockMvc mvc;

	@Test
	void careAmongGermanPartnershipsIsNotTheFrenchWordCarInTheConstructionProject() throws Exception {
		// The French text of the Kosovo project has "car" (because), the French stem of "care".
		for (String language : List.of("en", "fr")) {
			List<String> care = slugs(search("care&destination=DE&lang=" + language));
			assertThat(care).as(language).doesNotContain("/partnerships/kosovo-construction-skills-partnership");
		}
		assertThat(slugs(search("construction&destination=DE")))
			.contains("/partnerships/kosovo-construction-skills-partnership");
	}

	@Test
	void itInCapitalsIsTheAcronymAndInLowerCaseAWordThatFindsNothingAlone() throws Exception {
		assertThat(slugs(search("IT"))).containsAll(ICT_ENTRIES).hasSizeLessThan(10);
		Document it = search("it");
		assertThat(slugs(it)).isEmpty();
		assertThat(it.select(".empty").text()).contains("No partnership matches these filters");
		assertThat(slugs(search("TIC&lang=fr"))).containsAll(ICT_ENTRIES);
		assertThat(slugs(search("ICT"))).containsAll(ICT_ENTRIES);
	}

	@Test
	void aFrenchWordFindsTheEntriesThatSayItInEnglishOrWithAnotherEnding() throws Exception {
		assertThat(slugs(search("infirmi%C3%A8res&lang=fr")).subList(0, 3)).containsExactlyInAnyOrderElementsOf(NURSING_ENTRIES);
		assertThat(slugs(search("infirmi%C3%A8res"))).containsAll(NURSING_ENTRIES);
		assertThat(slugs(search("soins+infirmiers&lang=fr"))).containsAll(NURSING_ENTRIES);
		assertThat(slugs(search("aide-soignant&lang=fr"))).contains("/partnerships/japan-nurses-care-workers");
	}

	@Test
	void resultsComeByRelevanceAndTheOtherOrdersStillApply() throws Exception {
		Document triple = search("Triple+Win");
		assertThat(slugs(triple).get(0)).isEqualTo("/partnerships/triple-win");
		assertThat(triple.select("nav.sort strong[aria-current]").text()).isEqualTo("Relevance");
		assertThat(search("Triple+Win&lang=fr").select("nav.sort strong[aria-current]").text()).isEqualTo("Pertinence");
		assertThat(slugs(search("Japon&lang=fr")).subList(0, 3)).allMatch(slug -> slug.startsWith("/partnerships/japan-"));
		// By name on demand: the same entries, alphabetically.
		Document byName = search("nurses&sort=name");
		assertThat(byName.select("nav.sort strong[aria-current]").text()).isEqualTo("Name");
		List<String> titles = byName.select("ol.result-list h3").eachText();
		assertThat(titles).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(slugs(byName)).containsExactlyInAnyOrderElementsOf(slugs(search("nurses")));
	}

	@Test
	void theWordsFoundAreMarkedInTheSummaryInEitherLanguage() throws Exception {
		Document english = search("nurses");
		assertThat(english.select(".result-list .summary-text mark").eachText()).isNotEmpty()
			.allMatch(word -> word.toLowerCase().startsWith("nurs"));
		// In French, the French words marked; a summary written only in English (entries other tests add) is shown
		// to French readers as written, with its own words for the same thing marked.
		Document french = search("infirmi%C3%A8res&lang=fr");
		assertThat(french.select(".result-list .summary-text mark").eachText()).isNotEmpty()
			.anyMatch(word -> word.toLowerCase().startsWith("infirmi"))
			.allMatch(word -> word.toLowerCase().startsWith("infirmi") || word.toLowerCase().startsWith("soins")
					|| word.toLowerCase().startsWith("nurs"));
		assertThat(french.select(".result-list .summary-text mark")
			.stream()
			.filter(mark -> mark.parents().stream().noneMatch(parent -> parent.attr("lang").equals("en")))
			.map(mark -> mark.text())
			.toList()).isNotEmpty()
			.allMatch(word -> word.toLowerCase().startsWith("infirmi") || word.toLowerCase().startsWith("soins"));
		// An acronym and its synonyms: "IT" marks ICT (English) and TIC (French), never the word "it".
		assertThat(search("IT").select(".result-list .summary-text mark").eachText()).contains("ICT")
			.noneMatch(word -> word.equalsIgnoreCase("it"));
		assertThat(search("IT&lang=fr").select(".result-list .summary-text mark").eachText()).contains("TIC");
		// Without a search, nothing is marked.
		assertThat(page("/partnerships").select("mark")).isEmpty();
	}

	@Test
	void markupInTheQueryIsPrintedAsTextAndOnlyMarksAreAdded() throws Exception {
		for (String query : List.of("<script>alert(1)</script>", "<script>alert(1)</script><i>nurses</i>")) {
			String html = html("/partnerships?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
			assertThat(html).as(query).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		}
		// The tags are no words: "<i>nurses</i>" searches nurses; the summaries hold text and marks, nothing else.
		Document document = Jsoup.parse(html("/partnerships?q=" + URLEncoder.encode("<i>nurses</i>", StandardCharsets.UTF_8)));
		assertThat(slugs(document)).containsAll(NURSING_ENTRIES);
		assertThat(document.select(".result-list .summary-text *")).isNotEmpty()
			.allMatch(element -> element.tagName().equals("mark"));
		assertThat(document.select(".result-list i")).isEmpty();
	}

	@Test
	void theApiSharesTheSearch() throws Exception {
		MvcResult result = mvc.perform(get(URI.create("/api/partnerships?q=IT")).header("Accept", "application/json"))
			.andReturn();
		String json = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"digi-talents\"").contains("\"palim\"");
		assertThat(mvc.perform(get(URI.create("/api/partnerships?q=it")).header("Accept", "application/json"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("\"palim\"");
	}

	private Document search(String parameters) throws Exception {
		return page("/partnerships?size=100&q=" + parameters);
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(html(url));
	}

	private String html(String url) throws Exception {
		MvcResult result = mvc.perform(get(URI.create(url))).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<String> slugs(Document document) {
		return document.select(".result-list h3 a").eachAttr("href");
	}

}
