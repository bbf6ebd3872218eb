package eu.smpcatalogue.catalogue;

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

/** The filters say what their counts mean, show what is active as removable chips, and apply at once with script. */
@CatalogueTest
class FiltersTest {

	@Autowired
	MockMvc mvc;

	@Test
	void eachCountSaysItIsTheResultOnceTicked() throws Exception {
		Document page = page("/partnerships");
		Element belgium = page.selectFirst("input[name=destination][value=BE]");
		Element label = page.selectFirst("label[for=" + belgium.id() + "]");
		long shown = Long.parseLong(label.select(".count").text().replaceAll("\\D", ""));
		assertThat(label.select(".visually-hidden").text()).isEqualTo(shown + " partnerships if you tick this");
		assertThat(label.select(".count").attr("title")).isEqualTo(shown + " partnerships if you tick this");
		assertThat(label.select(".count").attr("aria-hidden")).isEqualTo("true");

		// Within a facet already used, a value that is ticked counts the results that have it.
		Document filtered = page("/partnerships?destination=BE");
		Element ticked = filtered.selectFirst("label[for=" + filtered.selectFirst("input[name=destination][value=BE]").id() + "]");
		assertThat(ticked.select(".visually-hidden").text()).isEqualTo(shown + " partnerships of the results with this");

		Document french = page("/partnerships?lang=fr");
		assertThat(french.selectFirst("label[for=" + french.selectFirst("input[name=destination][value=BE]").id() + "] .visually-hidden").text())
			.isEqualTo(shown + " partenariats si vous cochez cette case");
	}

	@Test
	void activeFiltersAreChipsThatEachRemoveTheirValue() throws Exception {
		Document page = page("/partnerships?origin=MA&origin=TN&sector=hospitality-catering");
		List<String> chips = page.select(".active-filters li a").eachAttr("href");
		assertThat(chips).contains("/partnerships?origin=TN&sector=hospitality-catering",
				"/partnerships?origin=MA&sector=hospitality-catering", "/partnerships?origin=MA&origin=TN", "/partnerships");
		assertThat(page.select(".active-filters li a").eachText()).contains("Origin country: Morocco × remove this filter");
	}

	@Test
	void theApplyButtonStaysInViewAndOurOwnScriptAppliesBoxesAtOnce() throws Exception {
		Document page = page("/partnerships");
		assertThat(page.select("aside.facets > .apply-filters > button[type=submit]").text()).isEqualTo("Apply filters");
		assertThat(page.select("script").eachAttr("src")).singleElement().asString().matches("/js/filters-[0-9a-f]{32}\\.js");
		assertThat(page.select("script:not([src])")).as("no inline script").isEmpty();
		assertThat(page.select("form.catalogue-form").attr("method")).isEqualTo("get");

		MockHttpServletResponse script = mvc.perform(get("/js/filters.js")).andReturn().getResponse();
		assertThat(script.getStatus()).isEqualTo(200);
		assertThat(script.getContentType()).startsWith("text/javascript");
		assertThat(script.getHeader("Cache-Control")).contains("max-age=31536000");
		assertThat(script.getContentAsString()).contains("requestSubmit").contains("sessionStorage");
		MockHttpServletResponse css = mvc.perform(get("/css/catalogue.css")).andReturn().getResponse();
		assertThat(css.getContentAsString()).contains(".apply-filters { position: sticky; bottom: 0;");
	}

	private Document page(String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
