package eu.smpcatalogue.insights;

import java.nio.charset.StandardCharsets;
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

/** Charts' long labels wrap instead of being cut, and each chart's numbers download as CSV for the same selection. */
@CatalogueTest
class ChartDetailsTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aLongLabelIsWrittenWholeOnSeveralLines() throws Exception {
		Document page = page("/statistics");
		Element origins = page.selectFirst("svg#chart-origins");
		assertThat(origins.text()).doesNotContain("…");
		Element longLabel = origins.select("text.label").stream()
			.filter(label -> label.select("tspan").size() > 1)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no label on several lines"));
		String whole = String.join(" ", longLabel.select("tspan").eachText());
		assertThat(page.select("#origins-table tbody th").eachText()).contains(whole);
		assertThat(longLabel.select("tspan").eachText()).allMatch(line -> line.length() <= 38);
	}

	@Test
	void eachChartOffersItsNumbersAsCsvForTheSameSelection() throws Exception {
		Document page = page("/statistics?origin=MA");
		assertThat(page.select(".chart-download a").eachAttr("href")).containsExactly("/statistics/destinations.csv?origin=MA",
				"/statistics/origins.csv?origin=MA", "/statistics/sectors.csv?origin=MA", "/statistics/kinds.csv?origin=MA",
				"/statistics/years.csv?origin=MA", "/statistics/coverage.csv?origin=MA");
		assertThat(page.select(".chart-download a").first().text())
			.isEqualTo("Download the numbers of \"" + page.selectFirst("#destinations h2").text() + "\" (CSV)");

		List<String> lines = csv("/statistics/destinations.csv?origin=MA");
		assertThat(lines.get(0)).isEqualTo(String.join(",", page.select("#destinations-table thead th").eachText()));
		Element firstRow = page.selectFirst("#destinations-table tbody tr");
		assertThat(lines.get(1)).isEqualTo(String.join(",", firstRow.select("th, td").eachText()));
		assertThat(lines).hasSize(page.select("#destinations-table tbody tr").size() + 1);

		List<String> coverage = csv("/statistics/coverage.csv?origin=MA&sep=semicolon");
		assertThat(coverage.get(0)).isEqualTo("Element;Present;Partly present;Absent;Not documented");
		assertThat(coverage).hasSize(6);

		MockHttpServletResponse french = mvc.perform(get("/statistics/years.csv?lang=fr")).andReturn().getResponse();
		assertThat(french.getContentAsString(StandardCharsets.UTF_8)).contains("Année");
		assertThat(mvc.perform(get("/statistics/colours.csv")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/statistics/years.csv?origin=XX")).andReturn().getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void everyPageHasOurFaviconAndTheMarkBesideTheName() throws Exception {
		Document page = page("/partnerships");
		String icon = page.select("link[rel=icon]").attr("href");
		assertThat(icon).matches("/images/mark-[0-9a-f]{32}\\.svg");
		assertThat(page.select("link[rel=icon]").attr("type")).isEqualTo("image/svg+xml");
		MockHttpServletResponse svg = mvc.perform(get(icon)).andReturn().getResponse();
		assertThat(svg.getStatus()).isEqualTo(200);
		assertThat(svg.getContentType()).startsWith("image/svg+xml");
		assertThat(svg.getContentAsString()).contains("<svg");
		Element brand = page.selectFirst("a.brand");
		assertThat(brand.select("img").attr("alt")).isEmpty();
		assertThat(brand.select("img").hasAttr("alt")).isTrue();
		assertThat(brand.text()).isEqualTo("SMP Catalogue");
	}

	private List<String> csv(String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/csv");
		return response.getContentAsString(StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
	}

	private Document page(String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
