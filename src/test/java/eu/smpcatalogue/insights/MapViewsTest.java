package eu.smpcatalogue.insights;

import java.util.List;

import eu.smpcatalogue.CatalogueTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Europe on a map of its own, and the corridors of one country, both as plain links and forms. */
@CatalogueTest
class MapViewsTest {

	@Autowired
	MockMvc mvc;

	@Test
	void europeHasAMapOfItsOwnWithEveryDestinationsNumber() throws Exception {
		Document world = page("/map");
		assertThat(world.select("svg#map-destinations .map-inset")).hasSize(1);
		assertThat(world.select(".map-views a").eachAttr("href")).containsExactly("/map?view=europe#destinations");
		assertThat(world.select(".map-views strong[aria-current]").text()).isEqualTo("The whole world");

		Document europe = page("/map?view=europe");
		Element map = europe.selectFirst("svg#map-destinations");
		assertThat(map.attr("viewBox")).isEqualTo("456 14 180 118");
		assertThat(map.hasClass("europe-view")).isTrue();
		assertThat(map.select(".map-inset")).isEmpty();
		// Every destination country drawn on this map has its number printed, as the table gives it.
		List<String> printed = map.select(".europe-counts text").eachText();
		// (Other tests add entries to the shared database: the numbers are checked as numbers, not as the seed's.)
		assertThat(printed).hasSizeGreaterThanOrEqualTo(5).allMatch(number -> number.matches("\\d+"));
		assertThat(map.select("a")).hasSize(printed.size());
		assertThat(europe.select(".map-views a").eachAttr("href")).containsExactly("/map#destinations");
		assertThat(europe.select(".map-views strong[aria-current]").text()).isEqualTo("Europe, larger");
		// The other maps stay whole.
		assertThat(europe.selectFirst("svg#map-origins").attr("viewBox")).startsWith("0 0 ");

		Document filtered = page("/map?origin=MA&lang=fr");
		assertThat(filtered.select(".map-views a").eachAttr("href")).containsExactly("/map?origin=MA&view=europe#destinations");
		assertThat(filtered.select(".map-views a").text()).isEqualTo("L’Europe, en plus grand");
	}

	@Test
	void theCorridorsCanBeNarrowedToOneCountryKeepingTheSelection() throws Exception {
		Document all = page("/map?sector=hospitality-catering");
		int every = all.select("#map-corridors-table tbody tr").size();
		Element form = all.selectFirst("form.corridor-filter");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.select("input[type=hidden]").eachAttr("name")).containsExactly("sector");
		assertThat(form.select("input[type=hidden]").eachAttr("value")).containsExactly("hospitality-catering");
		assertThat(form.select("select[name=corridors] option").eachAttr("value")).contains("", "MA", "BE", "DE");
		assertThat(form.select("label[for=corridors-of]").text()).isEqualTo("Corridors of");

		Document morocco = page("/map?sector=hospitality-catering&corridors=MA");
		List<Element> rows = morocco.select("#map-corridors-table tbody tr");
		assertThat(rows).isNotEmpty().hasSizeLessThan(every)
			.allMatch(row -> row.attr("data-origin").equals("MA") || row.attr("data-destination").equals("MA"));
		assertThat(morocco.select("select[name=corridors] option[selected]").attr("value")).isEqualTo("MA");
		assertThat(morocco.select("svg#map-corridors path.corridor")).hasSize((int) rows.stream()
			.filter(row -> row.select("td").get(3).text().equals("yes") || row.select("td").get(3).text().startsWith("Yes"))
			.count());

		Document nowhere = page("/map?sector=hospitality-catering&corridors=JP");
		assertThat(nowhere.select("#map-corridors-table tbody tr")).isEmpty();
		assertThat(nowhere.select("p.notice[role=status]").text()).isEqualTo("No corridor to or from JP in this selection.");
		assertThat(page("/map?corridors=<script>").select("#map-corridors-table tbody tr")).hasSize(
				page("/map").select("#map-corridors-table tbody tr").size());
	}

	private Document page(String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
