package eu.smpcatalogue.insights;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.smpcatalogue.CatalogueTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The statistics page and the map, as a reader gets them: every number in their tables and charts is
 * compared with counts made directly in the database, for several selections.
 */
@CatalogueTest
class InsightsTest {

	/** Each selection as URL parameters, with the same selection written as SQL over partnership p. */
	private static final Map<String, String> SELECTIONS = Map.of(
			"", "TRUE",
			"origin=MA", "EXISTS (SELECT 1 FROM partnership_origin_country o WHERE o.partnership_id = p.id AND o.country_code = 'MA')",
			"sector=health", "EXISTS (SELECT 1 FROM partnership_sector s WHERE s.partnership_id = p.id AND s.sector_slug = 'health')",
			"element=training", "EXISTS (SELECT 1 FROM partnership_element e WHERE e.partnership_id = p.id AND e.element = 'TRAINING' AND e.status = 'PRESENT')");

	private static final Pattern TOTAL = Pattern.compile("(\\d+) partnerships? in this selection");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorldMap world;

	@ParameterizedTest
	@ValueSource(strings = { "", "origin=MA", "sector=health", "element=training" })
	void statisticsEqualTheDatabaseCounts(String query) throws Exception {
		String where = "NOT p.retired AND " + SELECTIONS.get(query);
		Document page = page("/statistics" + (query.isEmpty() ? "" : "?" + query), 200);
		long total = count("SELECT count(*) FROM partnership p WHERE " + where);
		assertThat(total).isPositive();
		assertThat(total(page)).isEqualTo(total);

		Map<String, Long> destinations = counts("""
				SELECT d.country_code AS k, count(*) AS n FROM partnership p JOIN partnership_destination_country d ON d.partnership_id = p.id
				WHERE %1$s GROUP BY 1
				UNION ALL SELECT r.region_slug, count(*) FROM partnership p JOIN partnership_destination_region r ON r.partnership_id = p.id
				WHERE %1$s GROUP BY 1""".formatted(where));
		Map<String, Long> origins = counts("""
				SELECT o.country_code AS k, count(*) AS n FROM partnership p JOIN partnership_origin_country o ON o.partnership_id = p.id
				WHERE %1$s GROUP BY 1
				UNION ALL SELECT r.region_slug, count(*) FROM partnership p JOIN partnership_origin_region r ON r.partnership_id = p.id
				WHERE %1$s GROUP BY 1""".formatted(where));
		Map<String, Long> sectors = counts("""
				SELECT s.sector_slug AS k, count(*) AS n FROM partnership p JOIN partnership_sector s ON s.partnership_id = p.id
				WHERE %s GROUP BY 1""".formatted(where));
		Map<String, Long> kinds = counts("SELECT lower(replace(p.kind, '_', '-')) AS k, count(*) AS n FROM partnership p WHERE "
				+ where + " GROUP BY 1");
		assertThat(tableCounts(page, "destinations-table")).isEqualTo(destinations);
		assertThat(tableCounts(page, "origins-table")).isEqualTo(origins);
		assertThat(tableCounts(page, "sectors-table")).isEqualTo(sectors);
		assertThat(tableCounts(page, "kinds-table")).isEqualTo(kinds);

		// Each bar chart prints the same numbers as its table, in the same order.
		for (String chart : List.of("destinations", "origins", "sectors", "kinds")) {
			assertThat(page.select("#chart-" + chart + " .bar .value").eachText()).as(chart)
				.isEqualTo(page.select("#" + chart + "-table tbody td.number").eachText());
		}

		Map<String, Long> started = counts("SELECT p.start_year::text AS k, count(*) AS n FROM partnership p WHERE " + where
				+ " AND p.start_year IS NOT NULL GROUP BY 1");
		Map<String, Long> ended = counts("SELECT p.end_year::text AS k, count(*) AS n FROM partnership p WHERE " + where
				+ " AND p.end_year IS NOT NULL GROUP BY 1");
		Map<String, Long> shownStarted = new HashMap<>();
		Map<String, Long> shownEnded = new HashMap<>();
		for (Element row : page.select("#years-table tbody tr")) {
			List<String> cells = row.select("td").eachText();
			if (!cells.get(0).equals("0")) {
				shownStarted.put(row.selectFirst("th").text(), Long.parseLong(cells.get(0)));
			}
			if (!cells.get(1).equals("0")) {
				shownEnded.put(row.selectFirst("th").text(), Long.parseLong(cells.get(1)));
			}
		}
		assertThat(shownStarted).isEqualTo(started);
		assertThat(shownEnded).isEqualTo(ended);
		long withoutStart = count("SELECT count(*) FROM partnership p WHERE " + where + " AND p.start_year IS NULL");
		assertThat(page.select("#years .hint").text()).contains(withoutStart == 0 ? "Every partnership" : withoutStart + " partnership");
		long timelineColumns = page.select("#chart-years > rect.started, #chart-years > rect.ended").size();
		assertThat(timelineColumns).isEqualTo(started.size() + ended.size());

		for (Element row : page.select("#coverage-table tbody tr")) {
			String element = row.attr("data-element").toUpperCase().replace('-', '_');
			List<Long> shown = row.select("td").eachText().stream().map(Long::parseLong).toList();
			long present = elementCount(where, element, "PRESENT");
			long partly = elementCount(where, element, "PARTLY");
			long absent = elementCount(where, element, "ABSENT");
			assertThat(shown).as(element).containsExactly(present, partly, absent, total - present - partly - absent);
			assertThat(page.select("#chart-coverage desc").text()).contains(row.selectFirst("th").text() + ": " + present
					+ " present, " + partly + " partly, " + absent + " absent");
		}
		assertThat(page.select("#coverage-table tbody tr")).hasSize(5);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "origin=MA", "sector=health", "element=training" })
	void theMapShowsTheDatabaseCounts(String query) throws Exception {
		String where = "NOT p.retired AND " + SELECTIONS.get(query);
		Document page = page("/map" + (query.isEmpty() ? "" : "?" + query), 200);
		assertThat(total(page)).isEqualTo(count("SELECT count(*) FROM partnership p WHERE " + where));

		Map<String, Long> destinations = counts("""
				SELECT d.country_code AS k, count(*) AS n FROM partnership p JOIN partnership_destination_country d ON d.partnership_id = p.id
				WHERE %s GROUP BY 1""".formatted(where));
		Map<String, Long> origins = counts("""
				SELECT o.country_code AS k, count(*) AS n FROM partnership p JOIN partnership_origin_country o ON o.partnership_id = p.id
				WHERE %s GROUP BY 1""".formatted(where));
		assertThat(page.select("#map-destinations-table tr[data-region=false]")).hasSize(destinations.size());
		assertThat(countriesIn(tableCounts(page, "map-destinations-table"))).isEqualTo(destinations);
		assertThat(countriesIn(tableCounts(page, "map-origins-table"))).isEqualTo(origins);

		// On the maps: one link per country with partnerships, to the catalogue, named with its count.
		assertThat(mapLinks(page, "map-destinations", "destination")).isEqualTo(destinations);
		assertThat(mapLinks(page, "map-origins", "origin")).isEqualTo(origins);

		Map<String, Long> corridors = counts("""
				WITH selected AS (SELECT p.id FROM partnership p WHERE %s),
				  origins AS (SELECT partnership_id, country_code AS code FROM partnership_origin_country
				              UNION ALL SELECT partnership_id, region_slug FROM partnership_origin_region),
				  destinations AS (SELECT partnership_id, country_code AS code FROM partnership_destination_country
				              UNION ALL SELECT partnership_id, region_slug FROM partnership_destination_region)
				SELECT o.code || '>' || d.code AS k, count(*) AS n FROM selected s
				  JOIN origins o ON o.partnership_id = s.id JOIN destinations d ON d.partnership_id = s.id GROUP BY 1""".formatted(where));
		Map<String, Long> shownCorridors = new HashMap<>();
		for (Element row : page.select("#map-corridors-table tbody tr")) {
			shownCorridors.put(row.attr("data-origin") + ">" + row.attr("data-destination"),
					Long.parseLong(row.select("td.number").text()));
		}
		assertThat(shownCorridors).isEqualTo(corridors);
		long countryPairs = corridors.keySet().stream().filter(key -> key.matches("[A-Z]{2}>[A-Z]{2}")).count();
		assertThat(page.select("#map-corridors path.corridor")).hasSize((int) countryPairs);
	}

	@Test
	void aCountryOnTheMapLeadsToItsPartnershipsInTheSameSelection() throws Exception {
		Document map = page("/map?sector=health", 200);
		List<Element> links = map.select("#map-destinations a[href]:not([tabindex=-1])");
		assertThat(links).isNotEmpty();
		for (Element link : links) {
			String href = link.attr("href");
			assertThat(href).startsWith("/partnerships?sector=health&destination=");
			long shown = Long.parseLong(link.selectFirst("title").text().replaceAll(".*: (\\d+) partnerships?.*", "$1"));
			Document catalogue = page(href, 200);
			Matcher found = Pattern.compile("(\\d+) partnerships? found").matcher(catalogue.text());
			assertThat(found.find()).as(href).isTrue();
			assertThat(Long.parseLong(found.group(1))).as(href).isEqualTo(shown);
		}
		assertThat(map.select(".insights-selection a").eachAttr("href")).contains("/partnerships?sector=health", "/statistics?sector=health");
		assertThat(map.select(".insights-filters").text()).isEqualTo("Sector: Health and nursing");
	}

	@Test
	void chartsAndMapsHaveAccessibleNamesAndDescriptions() throws Exception {
		Document statistics = page("/statistics", 200);
		List<Element> charts = statistics.select("svg.chart");
		assertThat(charts).hasSize(6);
		for (Element svg : charts) {
			assertThat(svg.attr("role")).isEqualTo("img");
			for (String id : svg.attr("aria-labelledby").split(" ")) {
				assertThat(svg.getElementById(id)).as(id).isNotNull();
				assertThat(svg.getElementById(id).text()).as(id).isNotBlank();
			}
			assertThat(svg.selectFirst("desc").text()).contains("table below");
		}
		assertThat(statistics.select("table caption")).hasSize(6);
		assertThat(statistics.select("table thead th[scope=col]")).isNotEmpty();

		Document map = page("/map", 200);
		List<Element> maps = map.select("svg.world-map");
		assertThat(maps).hasSize(3);
		for (Element svg : maps) {
			assertThat(svg.getElementById(svg.attr("aria-labelledby")).text()).isNotBlank();
			assertThat(svg.getElementById(svg.attr("aria-describedby")).text()).isNotBlank();
			for (Element link : svg.select("a:not([tabindex=-1])")) {
				assertThat(link.selectFirst("title")).as(link.attr("href")).isNotNull();
				assertThat(link.selectFirst("title").text()).matches(".+: \\d+ partnerships?.*");
			}
		}
		assertThat(map.select("svg.map-geometry").attr("aria-hidden")).isEqualTo("true");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/statistics?origin=ZZ", "/map?origin=ZZ", "/statistics?from=abc", "/map?kind=nonsense",
			"/statistics?sort=bogus", "/map?from=2030&to=2000" })
	void badParametersAreAClear400(String url) throws Exception {
		Document page = page(url, 400);
		assertThat(page.select("h1").text()).isNotBlank();
		assertThat(page.select(".error-page .lead").text()).isNotBlank();
	}

	@Test
	void anEmptySelectionSaysSo() throws Exception {
		Document page = page("/map?origin=MA&destination=JP", 200);
		assertThat(page.select(".empty").text()).contains("No partnership matches these filters.");
		assertThat(page.select("svg.world-map")).isEmpty();
	}

	@Test
	void theGeometryHasAShapeForEveryCountryOfThePartnerships() {
		List<String> codes = jdbc.sql("""
				SELECT country_code FROM partnership_destination_country UNION SELECT country_code FROM partnership_origin_country
				UNION SELECT code FROM country""").query(String.class).list();
		assertThat(codes).contains("MA", "XK", "MT", "CV");
		for (String code : codes) {
			WorldMap.Shape shape = world.shapes().get(code);
			assertThat(shape).as(code).isNotNull();
			assertThat(shape.path()).as(code).startsWith("M").endsWith("Z");
			assertThat(shape.x()).as(code).isBetween(0.0, (double) world.width());
			assertThat(shape.y()).as(code).isBetween(0.0, (double) world.height());
		}
	}

	private Map<String, Long> mapLinks(Document page, String map, String parameter) {
		Map<String, Long> shown = new HashMap<>();
		Pattern code = Pattern.compile("[?&]" + parameter + "=([A-Z]{2})$");
		for (Element link : page.select("#" + map + " a:not([tabindex=-1])")) {
			Matcher matcher = code.matcher(link.attr("href"));
			assertThat(matcher.find()).as(link.attr("href")).isTrue();
			String title = link.selectFirst("title").text();
			shown.put(matcher.group(1), Long.parseLong(title.replaceAll(".*: (\\d+) partnerships?.*", "$1")));
		}
		return shown;
	}

	private static Map<String, Long> countriesIn(Map<String, Long> counts) {
		Map<String, Long> countries = new HashMap<>(counts);
		countries.keySet().removeIf(key -> !key.matches("[A-Z]{2}"));
		return countries;
	}

	private static Map<String, Long> tableCounts(Document page, String table) {
		Map<String, Long> shown = new HashMap<>();
		for (Element row : page.select("#" + table + " tbody tr")) {
			assertThat(shown.put(row.attr("data-key"), Long.parseLong(row.selectFirst("td.number").text()))).isNull();
		}
		return shown;
	}

	private long elementCount(String where, String element, String status) {
		return count("SELECT count(*) FROM partnership p JOIN partnership_element e ON e.partnership_id = p.id WHERE " + where
				+ " AND e.element = '" + element + "' AND e.status = '" + status + "'");
	}

	private Map<String, Long> counts(String sql) {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql(sql).query((rs, row) -> counts.put(rs.getString("k"), rs.getLong("n"))).list();
		return counts;
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static long total(Document page) {
		Matcher matcher = TOTAL.matcher(page.select(".insights-selection .result-count").text());
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private Document page(String url, int expectedStatus) throws Exception {
		MvcResult result = mvc.perform(get(URI.create(url))).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(expectedStatus);
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
