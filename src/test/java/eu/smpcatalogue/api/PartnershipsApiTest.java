package eu.smpcatalogue.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.smpcatalogue.CatalogueTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static eu.smpcatalogue.api.ApiTestSupport.call;
import static eu.smpcatalogue.api.ApiTestSupport.names;
import static eu.smpcatalogue.api.ApiTestSupport.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The contract of /api/partnerships: field names and types, filters, paging, facets and error bodies. */
@CatalogueTest
class PartnershipsApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	eu.smpcatalogue.partnership.Partnerships partnerships;

	@Test
	void theListHasItsDocumentedShape() throws Exception {
		JsonNode list = call(mvc, "/api/partnerships", 200);
		assertThat(names(list)).containsExactly("total", "page", "pageSize", "pageCount", "items", "facets", "links");
		assertThat(list.get("total").isIntegralNumber()).isTrue();
		assertThat(list.get("total").asLong()).isEqualTo(count("SELECT count(*) FROM partnership WHERE NOT retired"));
		assertThat(list.get("page").asInt()).isEqualTo(1);
		assertThat(list.get("pageSize").asInt()).isEqualTo(20);
		assertThat(list.get("items").isArray()).isTrue();
		assertThat(list.get("items")).hasSize(20);

		JsonNode item = list.get("items").get(0);
		assertThat(names(item)).containsExactly("slug", "name", "acronym", "kind", "status", "period", "summary",
				"destinations", "origins", "updatedAt", "links");
		assertThat(names(item.get("name"))).containsExactly("en", "fr");
		assertThat(names(item.get("period"))).containsExactly("startYear", "startMonth", "endYear", "endMonth", "start",
				"end", "note");
		assertThat(names(item.get("destinations"))).containsExactly("countries", "regions");
		assertThat(names(item.get("links"))).containsExactly("self", "html");
		assertThat(Instant.parse(item.get("updatedAt").asString())).isNotNull();
		assertThat(item.get("kind").asString()).matches("[a-z-]+");

		assertThat(names(list.get("facets"))).containsExactly("destination", "origin", "region", "sector", "occupation", "kind",
				"category", "status", "skill", "funder", "implementer", "element");
		JsonNode aFacetValue = list.get("facets").get("kind").get(0);
		assertThat(names(aFacetValue)).containsExactly("value", "name", "count");
		assertThat(aFacetValue.get("name").asString()).isNotBlank();

		JsonNode links = list.get("links");
		assertThat(names(links)).containsExactly("self", "next", "prev", "first", "last", "html");
		assertThat(links.get("self").asString()).isEqualTo("http://localhost:8080/api/partnerships?page=1&size=20");
		assertThat(links.get("prev").isNull()).isTrue();
		assertThat(path(links.get("next").asString())).isEqualTo("/api/partnerships?page=2&size=20");
		assertThat(links.get("html").asString()).isEqualTo("http://localhost:8080/partnerships");
	}

	@Test
	void filtersSelectWhatTheDatabaseHolds() throws Exception {
		assertThat(total("/api/partnerships?origin=MA")).isEqualTo(count("""
				SELECT count(*) FROM partnership p JOIN partnership_origin_country o ON o.partnership_id = p.id
				WHERE o.country_code = 'MA' AND NOT p.retired"""));
		assertThat(total("/api/partnerships?destination=BE")).isEqualTo(count("""
				SELECT count(*) FROM partnership p JOIN partnership_destination_country d ON d.partnership_id = p.id
				WHERE d.country_code = 'BE' AND NOT p.retired"""));
		assertThat(total("/api/partnerships?sector=health")).isEqualTo(count("""
				SELECT count(*) FROM partnership p JOIN partnership_sector s ON s.partnership_id = p.id
				WHERE s.sector_slug = 'health' AND NOT p.retired""")).isPositive();
		assertThat(total("/api/partnerships?kind=programme")).isEqualTo(
				count("SELECT count(*) FROM partnership WHERE kind = 'PROGRAMME' AND NOT retired"));
		assertThat(total("/api/partnerships?origin=MA&origin=TN")).isEqualTo(count("""
				SELECT count(DISTINCT p.id) FROM partnership p JOIN partnership_origin_country o ON o.partnership_id = p.id
				WHERE o.country_code IN ('MA', 'TN') AND NOT p.retired"""));
		assertThat(total("/api/partnerships?destination=EL")).isEqualTo(total("/api/partnerships?destination=GR"));

		JsonNode morocco = call(mvc, "/api/partnerships?origin=MA&size=100", 200);
		for (JsonNode item : morocco.get("items")) {
			List<String> codes = new ArrayList<>();
			item.get("origins").get("countries").forEach(country -> codes.add(country.get("code").asString()));
			assertThat(codes).as(item.get("slug").asString()).contains("MA");
		}
		assertThat(path(morocco.get("links").get("html").asString())).isEqualTo("/partnerships?origin=MA&size=100");
	}

	@Test
	void theSelectionAndHtmlLinkMatchTheCataloguePage() throws Exception {
		JsonNode api = call(mvc, "/api/partnerships?origin=MA&destination=BE", 200);
		List<String> slugs = new ArrayList<>();
		api.get("items").forEach(item -> slugs.add(item.get("slug").asString()));
		assertThat(slugs).containsExactlyInAnyOrder("palim", "thamm-belgium", "thamm");
		assertThat(path(api.get("links").get("html").asString())).isEqualTo("/partnerships?destination=BE&origin=MA");
	}

	@Test
	void facetCountsEqualTheDatabase() throws Exception {
		JsonNode facets = call(mvc, "/api/partnerships", 200).get("facets");
		assertThat(valueCount(facets.get("destination"), "BE")).isEqualTo(count("""
				SELECT count(*) FROM partnership_destination_country d JOIN partnership p ON p.id = d.partnership_id
				WHERE d.country_code = 'BE' AND NOT p.retired"""));
		assertThat(valueCount(facets.get("sector"), "health")).isEqualTo(count("""
				SELECT count(*) FROM partnership_sector s JOIN partnership p ON p.id = s.partnership_id
				WHERE s.sector_slug = 'health' AND NOT p.retired"""));
		// Within a selection, a facet value counts what ticking it as well would give.
		JsonNode narrowed = call(mvc, "/api/partnerships?origin=MA", 200).get("facets");
		long belgium = valueCount(narrowed.get("destination"), "BE");
		assertThat(belgium).isEqualTo(total("/api/partnerships?origin=MA&destination=BE"));
	}

	@Test
	void pagesFollowTheirLinksThroughTheWholeSelection() throws Exception {
		JsonNode second = call(mvc, "/api/partnerships?size=10&page=2", 200);
		assertThat(second.get("page").asInt()).isEqualTo(2);
		assertThat(second.get("pageSize").asInt()).isEqualTo(10);
		assertThat(second.get("items")).hasSize(10);
		assertThat(path(second.get("links").get("prev").asString())).isEqualTo("/api/partnerships?page=1&size=10");
		assertThat(path(second.get("links").get("next").asString())).isEqualTo("/api/partnerships?page=3&size=10");
		assertThat(path(second.get("links").get("html").asString())).isEqualTo("/partnerships?size=10&page=2");

		long total = second.get("total").asLong();
		Set<String> seen = new HashSet<>();
		String next = "/api/partnerships?size=7&sort=start-desc";
		int pages = 0;
		while (next != null) {
			JsonNode page = call(mvc, next, 200);
			page.get("items").forEach(item -> assertThat(seen.add(item.get("slug").asString())).isTrue());
			JsonNode link = page.get("links").get("next");
			next = link.isNull() ? null : path(link.asString());
			if (next != null) {
				assertThat(next).contains("sort=start-desc");
			}
			pages++;
		}
		assertThat(seen).hasSize((int) total);
		assertThat(pages).isEqualTo((int) ((total + 6) / 7));
	}

	@Test
	void theSizeIsCappedAtOneHundred() throws Exception {
		assertThat(call(mvc, "/api/partnerships?size=100", 200).get("items")).hasSize(
				(int) Math.min(100, count("SELECT count(*) FROM partnership WHERE NOT retired")));
		JsonNode error = call(mvc, "/api/partnerships?size=101", 400);
		assertThat(error.get("message").asString()).contains("size").contains("100");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/partnerships?origin=ZZ", "/api/partnerships?origin=Morocco", "/api/partnerships?page=0",
			"/api/partnerships?page=abc", "/api/partnerships?size=0", "/api/partnerships?from=20x",
			"/api/partnerships?from=2020&to=2010", "/api/partnerships?sort=price", "/api/partnerships?kind=treaty",
			"/api/partnerships?q=a&q=b", "/api/partnerships?sector=%3Cscript%3E" })
	void badParametersGetA400JsonBody(String url) throws Exception {
		JsonNode error = call(mvc, url, 400);
		assertThat(names(error)).containsExactly("status", "error", "message");
		assertThat(error.get("status").asInt()).isEqualTo(400);
		assertThat(error.get("error").asString()).isEqualTo("Bad Request");
		assertThat(error.get("message").asString()).isNotBlank().doesNotContain("Exception").doesNotContain("eu.smpcatalogue");
	}

	@Test
	void unknownThingsGetA404JsonBody() throws Exception {
		JsonNode missing = call(mvc, "/api/partnerships/no-such-partnership", 404);
		assertThat(names(missing)).containsExactly("status", "error", "message");
		assertThat(missing.get("status").asInt()).isEqualTo(404);
		assertThat(missing.get("error").asString()).isEqualTo("Not Found");
		assertThat(missing.get("message").asString()).contains("no-such-partnership");
		assertThat(call(mvc, "/api/partnerships?page=999", 404).get("message").asString()).contains("999");
		assertThat(call(mvc, "/api/no/such/thing", 404).get("status").asInt()).isEqualTo(404);
	}

	/**
	 * The API answers JSON whatever the client says it accepts (docs/api.md): an error keeps its status
	 * for a browser that asks for HTML, for XML, for anything or for nonsense, and so does an answer.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "text/html", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/xml",
			"*/*", "image/png", "text/csv", "garbage", "text/html;q=x", ";;;", "a/b/c" })
	void everyAnswerKeepsItsStatusWhateverTheClientAccepts(String accept) throws Exception {
		Map<String, Integer> expected = Map.of("/api/partnerships/no-such-partnership", 404, "/api/partnerships?page=0", 400,
				"/api/partnerships?page=999", 404, "/api/countries/XX", 404, "/api/no/such/thing", 404,
				"/api/partnerships?size=1", 200, "/api/partnerships/palim", 200);
		for (Map.Entry<String, Integer> call : expected.entrySet()) {
			MockHttpServletResponse response = mvc.perform(get(URI.create(call.getKey())).header(HttpHeaders.ACCEPT, accept))
				.andReturn()
				.getResponse();
			String described = call.getKey() + " with Accept: " + accept;
			assertThat(response.getStatus()).as(described).isEqualTo(call.getValue());
			assertThat(response.getContentType()).as(described).startsWith("application/json");
			JsonNode body = ApiTestSupport.JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
			if (call.getValue() != 200) {
				assertThat(body.get("status").asInt()).as(described).isEqualTo(call.getValue());
			}
		}
	}

	@Test
	void occupationsSkillLevelAndRecognitionComeWithTheirSentences() throws Exception {
		JsonNode imgti = call(mvc, "/api/partnerships/imgti", 200);
		JsonNode doctors = imgti.get("occupations").get(0);
		assertThat(names(doctors)).containsExactly("isco", "level", "name", "words", "sentence", "locator");
		assertThat(doctors.get("isco").asString()).isEqualTo("221");
		assertThat(doctors.get("level").asString()).isEqualTo("minor");
		assertThat(doctors.get("name").get("fr").asString()).isEqualTo("Médecins");
		assertThat(doctors.get("sentence").get("fr").asString()).contains("formation médicale post‐universitaire");
		assertThat(imgti.get("skillLevel").asString()).isEqualTo("high");
		assertThat(imgti.get("skillLevelEvidence").get("level").asString()).isEqualTo("high");
		assertThat(imgti.get("skillLevelEvidence").get("eqfLevel").isNull()).isTrue();
		assertThat(imgti.get("recognition").get("what").asString()).isEqualTo("not-stated");
		assertThat(imgti.get("recognition").get("whatSentence").isNull()).isTrue();
		JsonNode ba = call(mvc, "/api/partnerships/germany-ba-placement-agreements", 200).get("recognition");
		assertThat(ba.get("what").asString()).isEqualTo("qualification");
		assertThat(ba.get("timing").asString()).isEqualTo("after-adaptation");
		assertThat(ba.get("timingSentence").get("en").asString()).contains("assistant status");
		assertThat(call(mvc, "/api/partnerships/palim", 200).get("occupations").isEmpty()).isTrue();
		JsonNode health = call(mvc, "/api/partnerships?occupation=22&size=100", 200);
		List<String> slugs = new ArrayList<>();
		health.get("items").forEach(item -> slugs.add(item.get("slug").asString()));
		assertThat(slugs).contains("imgti", "triple-win").doesNotContain("digi-talents");
		List<String> groups = new ArrayList<>();
		health.get("facets").get("occupation").forEach(value -> groups.add(value.get("value").asString()));
		assertThat(groups).contains("2", "22", "221", "2221");
	}

	@Test
	void onePartnershipHasEveryField() throws Exception {
		JsonNode palim = call(mvc, "/api/partnerships/palim", 200);
		assertThat(names(palim)).containsExactly("slug", "name", "acronym", "alternativeNames", "kind", "category",
				"status", "statusNote", "period", "summary", "description", "targetGroup", "skillLevel",
				"skillLevelEvidence", "occupations", "recognition", "rationale",
				"operation", "outcomes", "budget", "destinations", "origins", "sectors", "organisations", "elements",
				"figures", "sources", "edition", "catalogueLinks", "reportingCountry", "partOf", "parts", "lastVerifiedOn",
				"createdAt", "updatedAt", "version", "links");
		var row = jdbc.sql("SELECT id, name_en, name_fr, acronym, kind, category, status, start_year, version FROM partnership WHERE slug = 'palim'")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7), (Integer) rs.getObject(8), rs.getLong(9) })
			.single();
		long id = (Long) row[0];
		assertThat(palim.get("name").get("en").asString()).isEqualTo(row[1]);
		assertThat(palim.get("name").get("fr").asString()).isEqualTo(row[2]);
		assertThat(palim.get("acronym").asString()).isEqualTo(row[3]);
		assertThat(palim.get("kind").asString()).isEqualTo(((String) row[4]).toLowerCase().replace('_', '-'));
		assertThat(palim.get("category").asString()).isEqualTo(((String) row[5]).toLowerCase().replace('_', '-'));
		assertThat(palim.get("status").asString()).isEqualTo(((String) row[6]).toLowerCase().replace('_', '-'));
		assertThat(palim.get("period").get("startYear").asInt()).isEqualTo(row[7]);
		assertThat(palim.get("period").get("start").asString()).startsWith(row[7].toString());
		assertThat(palim.get("version").asLong()).isEqualTo(row[8]);

		assertThat(palim.get("destinations").get("countries").get(0).get("code").asString()).isEqualTo("BE");
		assertThat(names(palim.get("destinations").get("countries").get(0))).containsExactly("code", "name");
		assertThat(palim.get("origins").get("countries").findValuesAsString("code")).contains("MA");
		assertThat(palim.get("elements")).hasSize(5);
		assertThat(names(palim.get("elements").get(0))).containsExactly("element", "status", "evidence");
		assertThat(palim.get("elements").get(0).get("element").asString()).isEqualTo("formal-cooperation");
		assertThat(palim.get("figures")).hasSize((int) count("SELECT count(*) FROM partnership_figure WHERE partnership_id = " + id));
		if (!palim.get("figures").isEmpty()) {
			assertThat(names(palim.get("figures").get(0))).containsExactly("kind", "measure", "qualifier", "valueLow",
					"valueHigh", "unit", "label", "source");
			assertThat(palim.get("figures").get(0).get("valueLow").isNumber()).isTrue();
		}
		assertThat(palim.get("sources")).hasSize((int) count("SELECT count(*) FROM partnership_source WHERE partnership_id = " + id));
		assertThat(names(palim.get("sources").get(0))).containsExactly("key", "title", "publisher", "published", "url",
				"locator", "consulted");
		assertThat(palim.get("sources").get(0).get("key").asString()).isEqualTo("emn-inform-smp-2022");
		assertThat(palim.get("organisations")).hasSize(
				(int) count("SELECT count(*) FROM partnership_organisation WHERE partnership_id = " + id));
		assertThat(names(palim.get("organisations").get(0))).containsExactly("slug", "acronym", "name", "type", "role", "evidence");
		assertThat(palim.get("organisations").findValuesAsString("role")).allMatch(role -> Set.of("commissioning-authority", "funder", "implementer", "training-provider", "recognition-body", "placement", "employer", "partner").contains(role));
		assertThat(palim.get("sectors").findValuesAsString("slug")).containsExactlyInAnyOrderElementsOf(
				jdbc.sql("SELECT sector_slug FROM partnership_sector WHERE partnership_id = " + id).query(String.class).list());
		assertThat(Instant.parse(palim.get("createdAt").asString())).isNotNull();
		assertThat(Instant.parse(palim.get("updatedAt").asString())).isNotNull();
		assertThat(palim.get("links").get("html").asString()).isEqualTo("http://localhost:8080/partnerships/palim");
		assertThat(palim.get("links").get("self").asString()).isEqualTo("http://localhost:8080/api/partnerships/palim");
	}

	@Test
	void aPartOfAProgrammeLinksToIt() throws Exception {
		JsonNode part = call(mvc, "/api/partnerships/thamm-belgium", 200);
		assertThat(part.get("partOf").get("slug").asString()).isEqualTo("thamm");
		assertThat(names(part.get("partOf"))).containsExactly("slug", "name", "links");
		JsonNode programme = call(mvc, "/api/partnerships/thamm", 200);
		assertThat(programme.get("parts").findValuesAsString("slug")).contains("thamm-belgium", "thamm-germany");
	}

	@Test
	void everyFilterIsInTheFacetsEvenWhenTheSelectionIsEmpty() throws Exception {
		JsonNode nothing = call(mvc, "/api/partnerships?q=zzzzzzzz", 200);
		assertThat(nothing.get("total").asLong()).isZero();
		assertThat(nothing.get("pageCount").asInt()).isEqualTo(1);
		assertThat(names(nothing.get("facets"))).containsExactly("destination", "origin", "region", "sector", "occupation", "kind",
				"category", "status", "skill", "funder", "implementer", "element");
		nothing.get("facets").forEach(values -> assertThat(values.isArray()).isTrue());
		// A selection whose partnerships have no funder at all still lists the funder filter, empty.
		JsonNode korea = call(mvc, "/api/partnerships?destination=KR", 200);
		assertThat(korea.get("facets").get("funder").isArray()).isTrue();
		assertThat(names(korea.get("facets"))).hasSize(12);
	}

	@Test
	@Transactional
	void retiredPartnershipsNeverAppear() throws Exception {
		long before = total("/api/partnerships?origin=MA");
		jdbc.sql("UPDATE partnership SET retired = true WHERE slug = 'palim'").update();
		call(mvc, "/api/partnerships/palim", 404);
		assertThat(total("/api/partnerships?origin=MA")).isEqualTo(before - 1);
		JsonNode all = call(mvc, "/api/partnerships?size=100", 200);
		assertThat(all.get("items").findValuesAsString("slug")).doesNotContain("palim");
		assertThat(call(mvc, "/api/countries/MA", 200).get("partnershipsAsOrigin").findValuesAsString("slug"))
			.doesNotContain("palim");
	}

	@Test
	@Transactional
	void anOldSlugLeadsToTheCurrentEntry() throws Exception {
		partnerships.changeSlug(partnerships.findAny("palim").orElseThrow(), "palim-renamed");
		var result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/partnerships/palim"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(301);
		assertThat(result.getResponse().getHeader("Location")).isEqualTo("http://localhost:8080/api/partnerships/palim-renamed");
		assertThat(call(mvc, "/api/partnerships/palim-renamed", 200).get("slug").asString()).isEqualTo("palim-renamed");
	}

	private long total(String url) throws Exception {
		return call(mvc, url, 200).get("total").asLong();
	}

	private static long valueCount(JsonNode values, String value) {
		for (JsonNode node : values) {
			if (node.get("value").asString().equals(value)) {
				return node.get("count").asLong();
			}
		}
		return 0;
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
