package eu.smpcatalogue.compare;

import java.util.HashMap;
import java.util.Map;

import eu.smpcatalogue.CatalogueTest;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Partnerships put aside from any list or entry into a tray kept in a cookie, then compared side by side. */
@CatalogueTest
class CompareFromAnywhereTest {

	@Autowired
	MockMvc mvc;

	@Test
	void everyListRowAndEntryOffersToAddItToTheComparison() throws Exception {
		Document catalogue = page("/partnerships?origin=SN", null);
		assertThat(catalogue.select("ol.result-list > li .compare-add").eachAttr("href"))
			.contains("/comparison/add?slug=pem-senegal&back=%2Fpartnerships%3Forigin%3DSN");
		assertThat(catalogue.select(".compare-add").first().text()).startsWith("Add to comparison");
		assertThat(catalogue.select(".compare-tray").text()).contains("Comparison: 0 of 6").contains("Add at least two");
		assertThat(catalogue.select(".compare-tray a.compare-now")).isEmpty();

		Document entry = page("/partnerships/palim", null);
		assertThat(entry.select("main > .compare-toggle .compare-add").attr("href"))
			.isEqualTo("/comparison/add?slug=palim&back=%2Fpartnerships%2Fpalim");
		assertThat(entry.select("#related-heading + ul .compare-add")).isNotEmpty();
		assertThat(page("/countries/SN", null).select("#origin-table .compare-add").eachAttr("href"))
			.contains("/comparison/add?slug=pem-senegal&back=%2Fcountries%2FSN");
	}

	@Test
	void addingKeepsTheSlugInASessionCookieAndComesBack() throws Exception {
		MockHttpServletResponse added = mvc.perform(get("/comparison/add").param("slug", "pem-senegal").param("back", "/partnerships?origin=SN")
			.cookie(new Cookie("smp-compare", "palim"))).andReturn().getResponse();
		assertThat(added.getStatus()).isEqualTo(302);
		assertThat(added.getRedirectedUrl()).isEqualTo("/partnerships?origin=SN");
		String setCookie = added.getHeader("Set-Cookie");
		assertThat(setCookie).startsWith("smp-compare=palim.pem-senegal;").contains("HttpOnly").contains("SameSite=Lax")
			.doesNotContain("Max-Age");

		Document catalogue = page("/partnerships?origin=SN", "palim.pem-senegal");
		Element tray = catalogue.selectFirst(".compare-tray");
		assertThat(tray.text()).contains("Comparison: 2 of 6");
		assertThat(tray.select("a.compare-now").attr("href")).isEqualTo("/compare?slugs=palim,pem-senegal");
		assertThat(tray.select("a.compare-now").text()).isEqualTo("Compare these 2 side by side");
		Element row = catalogue.select("ol.result-list > li").stream()
			.filter(li -> li.select("h3 a").attr("href").equals("/partnerships/pem-senegal"))
			.findFirst()
			.orElseThrow();
		assertThat(row.select(".compare-in").text()).isEqualTo("✓ In the comparison");
		assertThat(row.select(".compare-remove").attr("href"))
			.isEqualTo("/comparison/remove?slug=pem-senegal&back=%2Fpartnerships%3Forigin%3DSN");

		MockHttpServletResponse removed = mvc.perform(get("/comparison/remove?slug=pem-senegal&back=/partnerships")
			.cookie(new Cookie("smp-compare", "palim.pem-senegal"))).andReturn().getResponse();
		assertThat(removed.getHeader("Set-Cookie")).startsWith("smp-compare=palim;");
		MockHttpServletResponse cleared = mvc.perform(get("/comparison/clear?back=/partnerships")
			.cookie(new Cookie("smp-compare", "palim.pem-senegal"))).andReturn().getResponse();
		assertThat(cleared.getHeader("Set-Cookie")).startsWith("smp-compare=;").contains("Max-Age=0");
	}

	@Test
	void theTraySaysWhenItIsFullAndRefusesWhatIsNotThere() throws Exception {
		String six = "palim.pem-senegal.thamm-belgium.thamm-germany.wafira.thamm";
		MockHttpServletResponse full = mvc.perform(get("/comparison/add?slug=aptc&back=/partnerships")
			.cookie(new Cookie("smp-compare", six))).andReturn().getResponse();
		assertThat(full.getStatus()).isEqualTo(302);
		assertThat(full.getHeaders("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("smp-compare="));
		assertThat(page("/partnerships?q=aptc", six).select(".compare-toggle").text()).contains("The comparison is full (6)");

		assertThat(mvc.perform(get("/comparison/add?slug=no-such-thing")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/comparison/add?slug=<script>")).andReturn().getResponse().getStatus()).isEqualTo(404);
		// Back only to a page of this site.
		assertThat(mvc.perform(get("/comparison/add?slug=palim&back=//evil.example/x")).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/partnerships");
		assertThat(mvc.perform(get("/comparison/clear?back=https://evil.example/")).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/partnerships");
	}

	@Test
	void aPageWithATrayIsNotServedFromTheCacheOfAPageWithout() throws Exception {
		String without = mvc.perform(get("/partnerships?origin=SN")).andReturn().getResponse().getHeader("ETag");
		String with = mvc.perform(get("/partnerships?origin=SN").cookie(new Cookie("smp-compare", "palim.wafira")))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(with).isNotNull().isNotEqualTo(without);
		assertThat(page("/partnerships?origin=SN", "palim.wafira").select(".compare-tray").text()).contains("2 of 6");
	}

	@Test
	void sixSideBySideWithTheRowsThatDifferMarkedInWords() throws Exception {
		Document page = page("/compare?slugs=palim,pem-senegal,thamm-belgium,thamm-germany,wafira,thamm", null);
		assertThat(page.select("table.side-by-side thead th[scope=col]")).hasSize(6);

		Document two = page("/compare?slugs=palim,pem-senegal", null);
		Map<String, Element> rows = new HashMap<>();
		two.select("table.side-by-side tbody tr").forEach(row -> rows.put(row.selectFirst("th[scope=row]").ownText(), row));
		assertThat(rows.get("Kind").select(".differs-marker")).isEmpty();
		assertThat(rows.get("Kind").hasClass("differs")).isFalse();
		assertThat(rows.get("Origin").select("th .differs-marker").text()).isEqualTo("differs");
		assertThat(rows.get("Origin").hasClass("differs")).isTrue();
		assertThat(two.select(".differs-legend").text()).contains("Rows marked \"differs\"");

		Document french = page("/compare?slugs=palim,pem-senegal&lang=fr", null);
		assertThat(french.select("tr.differs th .differs-marker").eachText()).isNotEmpty().allMatch("diffère"::equals);
	}

	private Document page(String url, String tray) throws Exception {
		var request = get(url);
		if (tray != null) {
			request.cookie(new Cookie("smp-compare", tray));
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
