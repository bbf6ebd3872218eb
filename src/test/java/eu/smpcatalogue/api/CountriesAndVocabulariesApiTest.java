package eu.smpcatalogue.api;

import eu.smpcatalogue.CatalogueTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static eu.smpcatalogue.api.ApiTestSupport.call;
import static eu.smpcatalogue.api.ApiTestSupport.names;
import static org.assertj.core.api.Assertions.assertThat;

/** The contract of /api/countries, /api/sectors and /api/organisations, compared with the database. */
@CatalogueTest
class CountriesAndVocabulariesApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyCountryWithItsPartnershipCounts() throws Exception {
		JsonNode list = call(mvc, "/api/countries", 200);
		assertThat(names(list)).containsExactly("total", "items");
		assertThat(list.get("items")).hasSize((int) count("SELECT count(*) FROM country"));
		assertThat(list.get("total").asInt()).isEqualTo(list.get("items").size());
		JsonNode belgium = find(list.get("items"), "code", "BE");
		assertThat(names(belgium)).containsExactly("code", "emnCode", "name", "euMember", "partnershipsAsDestination",
				"partnershipsAsOrigin", "links");
		assertThat(belgium.get("euMember").isBoolean()).isTrue();
		assertThat(belgium.get("euMember").asBoolean()).isTrue();
		assertThat(belgium.get("partnershipsAsDestination").asLong()).isEqualTo(count("""
				SELECT count(*) FROM partnership_destination_country d JOIN partnership p ON p.id = d.partnership_id
				WHERE d.country_code = 'BE' AND NOT p.retired"""));
		JsonNode morocco = find(list.get("items"), "code", "MA");
		assertThat(morocco.get("partnershipsAsOrigin").asLong()).isEqualTo(count("""
				SELECT count(*) FROM partnership_origin_country o JOIN partnership p ON p.id = o.partnership_id
				WHERE o.country_code = 'MA' AND NOT p.retired""")).isPositive();
		assertThat(morocco.get("links").get("partnershipsAsOrigin").asString())
			.isEqualTo("http://localhost:8080/api/partnerships?origin=MA");
		assertThat(find(list.get("items"), "code", "GR").get("emnCode").asString()).isEqualTo("EL");
	}

	@Test
	void oneCountryWithItsEmnAnswerAndPartnershipsBothWays() throws Exception {
		JsonNode belgium = call(mvc, "/api/countries/BE", 200);
		assertThat(names(belgium)).containsExactly("code", "emnCode", "name", "euMember", "emnAnswer", "sources",
				"partnershipsAsDestination", "partnershipsAsOrigin", "updatedAt", "version", "links");
		assertThat(belgium.get("name").get("en").asString()).isEqualTo("Belgium");
		JsonNode answer = belgium.get("emnAnswer");
		assertThat(names(answer)).containsExactly("asked", "responded", "reportedSmps", "publicDebate",
				"relatedInitiatives", "narrative", "contactPointUrl", "participation", "contactPointUrlLikely");
		assertThat(answer.get("asked").asBoolean()).isTrue();
		assertThat(answer.get("participation").asString()).isEqualTo("ANSWERED");
		assertThat(answer.get("contactPointUrlLikely").isNull()).isTrue();
		// Denmark: not among the respondents, and nothing more; Slovenia's address as printed, the likely one beside.
		JsonNode denmark = call(mvc, "/api/countries/DK", 200).get("emnAnswer");
		assertThat(denmark.get("participation").asString()).isEqualTo("NOT_AMONG_RESPONDENTS");
		assertThat(denmark.get("responded").isNull()).isTrue();
		JsonNode slovenia = call(mvc, "/api/countries/SI", 200).get("emnAnswer");
		assertThat(slovenia.get("contactPointUrl").asString()).isEqualTo("http://www.emm.si");
		assertThat(slovenia.get("contactPointUrlLikely").asString()).isEqualTo("http://www.emn.si");
		assertThat(answer.get("reportedSmps").asBoolean()).isTrue();
		assertThat(answer.get("narrative").get("en").asString()).isEqualTo(
				jdbc.sql("SELECT emn_narrative_en FROM country WHERE code = 'BE'").query(String.class).single());
		assertThat(belgium.get("partnershipsAsDestination").findValuesAsString("slug")).contains("palim", "pem-senegal")
			.hasSize((int) count("""
					SELECT count(*) FROM partnership_destination_country d JOIN partnership p ON p.id = d.partnership_id
					WHERE d.country_code = 'BE' AND NOT p.retired"""));
		assertThat(call(mvc, "/api/countries/MA", 200).get("partnershipsAsOrigin").findValuesAsString("slug"))
			.contains("palim", "wafira");
		assertThat(belgium.get("links").get("html").asString()).isEqualTo("http://localhost:8080/countries/BE");
	}

	@Test
	void countryCodesAreReadAsPeopleTypeThem() throws Exception {
		assertThat(call(mvc, "/api/countries/EL", 200).get("code").asString()).isEqualTo("GR");
		assertThat(call(mvc, "/api/countries/be", 200).get("code").asString()).isEqualTo("BE");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/countries/QQ", "/api/countries/123", "/api/countries/Belgium" })
	void unknownCountriesGetA404JsonBody(String url) throws Exception {
		JsonNode error = call(mvc, url, 404);
		assertThat(names(error)).containsExactly("status", "error", "message");
		assertThat(error.get("message").asString()).contains("no country");
	}

	@Test
	void sectorsWithTheirCounts() throws Exception {
		JsonNode list = call(mvc, "/api/sectors", 200);
		assertThat(list.get("items")).hasSize((int) count("SELECT count(*) FROM sector"));
		JsonNode health = find(list.get("items"), "slug", "health");
		assertThat(names(health)).containsExactly("slug", "name", "partnerships", "links");
		assertThat(health.get("partnerships").asLong()).isEqualTo(count("""
				SELECT count(*) FROM partnership_sector s JOIN partnership p ON p.id = s.partnership_id
				WHERE s.sector_slug = 'health' AND NOT p.retired"""));
		assertThat(call(mvc, ApiTestSupport.path(health.get("links").get("partnerships").asString()), 200).get("total")
			.asLong()).isEqualTo(health.get("partnerships").asLong());
	}

	@Test
	void organisationsWithTheirCounts() throws Exception {
		JsonNode list = call(mvc, "/api/organisations", 200);
		assertThat(list.get("items")).hasSize((int) count("SELECT count(*) FROM organisation"));
		JsonNode enabel = find(list.get("items"), "slug", "enabel");
		assertThat(names(enabel)).containsExactly("slug", "acronym", "name", "type", "partnershipsAsFunder",
				"partnershipsAsImplementer", "roles", "partnerships", "links");
		assertThat(enabel.get("roles")).extracting(JsonNode::asString).containsExactly("implementer", "placement");
		assertThat(enabel.get("links").get("html").asString()).isEqualTo("http://localhost:8080/organisations/enabel");
		assertThat(find(list.get("items"), "slug", "bmz").get("roles")).extracting(JsonNode::asString)
			.containsExactly("commissioning-authority");
		assertThat(enabel.get("partnershipsAsImplementer").asLong()).isEqualTo(count("""
				SELECT count(*) FROM partnership_organisation o JOIN partnership p ON p.id = o.partnership_id
				WHERE o.organisation_slug = 'enabel' AND o.role = 'IMPLEMENTER' AND NOT p.retired""")).isPositive();
	}

	private static JsonNode find(JsonNode items, String field, String value) {
		for (JsonNode item : items) {
			if (item.get(field).asString().equals(value)) {
				return item;
			}
		}
		throw new AssertionError("no item with " + field + " = " + value);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
