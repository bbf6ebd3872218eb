package eu.smpcatalogue.catalogue;

import java.util.List;

import eu.smpcatalogue.CatalogueTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every list row tells its key figures and its five elements; a country page tables its partnerships. */
@CatalogueTest
class OutcomesAtAGlanceTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aCatalogueRowShowsPlannedAndReachedInWordsAndItsFiveElements() throws Exception {
		Element row = row(page("/partnerships?destination=DE&size=100"), "/partnerships/thamm-germany");
		assertThat(row.select(".key-figures").text()).isEqualTo("Key figures: 600 planned · 127 reached");
		assertThat(row.select(".key-figure.planned").attr("title")).isEqualTo("Participants (Planned)");
		assertThat(row.select(".key-figure.reached").attr("title")).isEqualTo("People trained (Reached)");
		List<String> badges = row.select(".element-badges li").eachAttr("title");
		assertThat(badges).hasSize(5).allMatch(text -> text.matches(".+: (Present|Partly present|Absent|Not documented)"));
		// The status is in the text each badge gives to screen readers, not in its colour only.
		assertThat(row.select(".element-badges li .visually-hidden").eachText()).isEqualTo(badges);
	}

	@Test
	void numbersAreWrittenAsTheReadersLanguageWritesThem() throws Exception {
		Element english = row(page("/partnerships?q=aptc"), "/partnerships/aptc");
		assertThat(english.select(".key-figure.reached").text()).isEqualTo("more than 10,000 reached");
		Element french = row(page("/partnerships?q=aptc&lang=fr"), "/partnerships/aptc");
		assertThat(french.select(".key-figure.reached").text().replace('\u202f', ' ').replace('\u00a0', ' '))
			.isEqualTo("plus de 10 000 atteints");
		assertThat(french.select(".element-badges").attr("aria-label")).isEqualTo("Les cinq éléments");
	}

	@Test
	void anEntryWithoutCountsOfPeopleShowsNoFiguresButStillItsElements() throws Exception {
		Element row = row(page("/partnerships?size=100"), "/partnerships/digi-talents");
		assertThat(row.select(".key-figures")).isEmpty();
		assertThat(row.select(".element-badges li")).hasSize(5);
	}

	@Test
	void relatedPartnershipsOnADetailPageShowTheirFiguresToo() throws Exception {
		Document thamm = page("/partnerships/thamm");
		Element related = thamm.select("#related-heading + ul li").stream()
			.filter(li -> li.select("h3 a").attr("href").equals("/partnerships/thamm-germany"))
			.findFirst()
			.orElseThrow();
		assertThat(related.select(".key-figures").text()).contains("600 planned").contains("127 reached");
		assertThat(related.select(".element-badges li")).hasSize(5);
	}

	@Test
	void aCountryPageTablesItsPartnershipsSortableWithoutScriptAndExportable() throws Exception {
		Document germany = page("/countries/DE");
		Element table = germany.selectFirst("#destination-table");
		assertThat(table.select("thead th").eachText()).startsWith("Partnership (sorted A–Z)", "Period",
				"Countries of origin", "Sectors", "Key figures", "The five elements");
		assertThat(table.select("thead th[aria-sort=ascending]").text()).startsWith("Partnership");
		Element thammRow = table.select("tbody tr").stream()
			.filter(tr -> tr.select("th a").attr("href").equals("/partnerships/thamm-germany"))
			.findFirst()
			.orElseThrow();
		assertThat(thammRow.select("td").get(1).text()).contains("Morocco").contains(", ").doesNotContain(" ,");
		assertThat(thammRow.select("td").get(3).text()).contains("600 planned");
		assertThat(thammRow.select("td").get(4).select("li")).hasSize(5);
		assertThat(germany.select(".table-tools a").eachAttr("href")).contains("/partnerships.csv?destination=DE",
				"/partnerships.xlsx?destination=DE");
		assertThat(page("/countries/MA").select(".table-tools a").eachAttr("href")).contains("/partnerships.csv?origin=MA");

		List<String> byName = slugs(table);
		String byStart = table.select("thead th a:contains(Period)").attr("href");
		assertThat(byStart).isEqualTo("/countries/DE?sort=start#destination-table");
		Document sorted = page("/countries/DE?sort=start");
		Element sortedTable = sorted.selectFirst("#destination-table");
		assertThat(sortedTable.select("thead th[aria-sort=ascending]").text()).startsWith("Period");
		assertThat(slugs(sortedTable)).containsExactlyInAnyOrderElementsOf(byName).isNotEqualTo(byName);
		assertThat(sortedTable.select("thead th a:contains(Period)").attr("href"))
			.isEqualTo("/countries/DE?sort=start-desc#destination-table");
		Document newest = page("/countries/DE?sort=start-desc");
		assertThat(newest.select("#destination-table thead th[aria-sort=descending]").text()).startsWith("Period");

		mvc.perform(get("/countries/DE?sort=nonsense")).andExpect(status().isBadRequest());
	}

	private static List<String> slugs(Element table) {
		return table.select("tbody th[scope=row] > a").eachAttr("href");
	}

	private static Element row(Document page, String href) {
		return page.select("ol.result-list > li").stream()
			.filter(li -> li.select("h3 a").attr("href").equals(href))
			.findFirst()
			.orElseThrow(() -> new AssertionError(href + " not listed"));
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
