package eu.smpcatalogue.system;

import eu.smpcatalogue.CatalogueTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page type in both languages: the right {@code <html lang>} and {@code hreflang} alternates,
 * French search, dates and numbers written the French way; and static files under versioned names,
 * cached for a year.
 */
@CatalogueTest
class BilingualPagesTest {

	private static final String[] PAGES = { "/", "/partnerships", "/partnerships?destination=DE", "/countries",
			"/countries/DE", "/statistics", "/map", "/sources", "/changes", "/login" };

	@Autowired
	MockMvc mvc;

	@Test
	void everyPageTypeSaysItsLanguageAndLinksToTheOther() throws Exception {
		String detail = firstDetailLink();
		for (String path : concat(PAGES, detail)) {
			for (String lang : new String[] { "en", "fr" }) {
				Document page = page(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
				assertThat(page.select("html").attr("lang")).as(path + " " + lang).isEqualTo(lang);
				assertThat(page.select("link[rel=alternate][hreflang=en]").attr("href")).as(path).contains("lang=en");
				assertThat(page.select("link[rel=alternate][hreflang=fr]").attr("href")).as(path).contains("lang=fr");
				String other = lang.equals("en") ? "fr" : "en";
				assertThat(page.select(".language a").attr("hreflang")).as(path).isEqualTo(other);
			}
		}
	}

	@Test
	void aFrenchQueryFindsFrenchText() throws Exception {
		Document french = page("/partnerships?q=formation+professionnelle&lang=fr");
		assertThat(french.select(".result-list a[href^=/partnerships/]")).isNotEmpty();
		Document none = page("/partnerships?q=zzqxnotaword&lang=fr");
		assertThat(none.select(".result-list a[href^=/partnerships/]")).isEmpty();
	}

	@Test
	void datesAndNumbersAreWrittenTheWayEachLanguageWritesThem() throws Exception {
		assertThat(page("/partnerships/aptc?lang=fr").select(".figures-table").text()).containsPattern("10[\\s\u00a0\u202f]000");
		assertThat(page("/partnerships/aptc?lang=en").select(".figures-table").text()).contains("10,000");
		assertThat(page("/partnerships/palim?lang=fr").select(".verified").text())
			.matches(".*\\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \\d{4}.*");
		assertThat(page("/partnerships/palim?lang=en").select(".verified").text())
			.matches(".*\\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}.*");
	}

	@Test
	void stylesAreServedUnderAVersionedNameAndCachedForAYear() throws Exception {
		Document home = page("/");
		String css = home.select("link[rel=stylesheet]").attr("href");
		assertThat(css).matches("/css/catalogue-[0-9a-f]{32}\\.css");
		MockHttpServletResponse response = mvc.perform(get(css)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("body");
		assertThat(response.getHeader("Cache-Control")).contains("max-age=31536000").doesNotContain("no-cache");
		assertThat(response.getHeader("Pragma")).isNull();
		// Pages themselves are not cached like that.
		assertThat(mvc.perform(get("/")).andReturn().getResponse().getHeader("Cache-Control")).doesNotContain("max-age=31536000");
	}

	private String firstDetailLink() throws Exception {
		return page("/partnerships").select("main a[href^=/partnerships/]").stream()
			.map(a -> a.attr("href"))
			.filter(href -> href.matches("/partnerships/[a-z0-9-]+"))
			.findFirst()
			.orElseThrow();
	}

	private Document page(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private static String[] concat(String[] paths, String more) {
		String[] all = java.util.Arrays.copyOf(paths, paths.length + 1);
		all[paths.length] = more;
		return all;
	}

}
