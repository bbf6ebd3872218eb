package eu.smpcatalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed, checked against the EMN inform: every entry is complete, and the facts the source gives
 * (countries, years, figures, funders, answers) are there as it gives them.
 */
@CatalogueTest
class SeedTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyPartnershipHasADestinationAnOriginASourceAndFiveElementStatuses() {
		List<String> incomplete = jdbc.sql("""
				SELECT p.slug FROM partnership p
				WHERE NOT EXISTS (SELECT 1 FROM partnership_destination_country d WHERE d.partnership_id = p.id)
				      AND NOT EXISTS (SELECT 1 FROM partnership_destination_region d WHERE d.partnership_id = p.id)
				   OR NOT EXISTS (SELECT 1 FROM partnership_origin_country o WHERE o.partnership_id = p.id)
				      AND NOT EXISTS (SELECT 1 FROM partnership_origin_region o WHERE o.partnership_id = p.id)
				   OR NOT EXISTS (SELECT 1 FROM partnership_source s WHERE s.partnership_id = p.id)
				   OR (SELECT count(*) FROM partnership_element e WHERE e.partnership_id = p.id) <> 5""")
			.query(String.class)
			.list();
		assertThat(incomplete).isEmpty();
		assertThat(count("SELECT count(*) FROM partnership")).isGreaterThanOrEqualTo(60);
	}

	@Test
	void everyPartnershipCitesTheInformFirstWithItsSectionOrBox() {
		List<String> withoutInform = jdbc.sql("""
				SELECT p.slug FROM partnership p
				WHERE NOT EXISTS (SELECT 1 FROM partnership_source s WHERE s.partnership_id = p.id AND s.position = 1
				                  AND s.source_key = 'emn-inform-smp-2022' AND s.locator IS NOT NULL)""")
			.query(String.class)
			.list();
		assertThat(withoutInform).isEmpty();
	}

	@Test
	void everyPartnershipIsNamedAndSummarisedInBothLanguages() {
		assertThat(count("""
				SELECT count(*) FROM partnership
				WHERE btrim(name_en) = '' OR btrim(name_fr) = '' OR btrim(summary_en) = '' OR btrim(summary_fr) = ''""")).isZero();
	}

	@Test
	void theNineEuMobilityPartnershipsHaveTheirYears() {
		Map<String, Integer> years = jdbc.sql("""
				SELECT o.country_code, p.start_year FROM partnership p
				JOIN partnership_origin_country o ON o.partnership_id = p.id
				WHERE p.kind = 'EU_MOBILITY_PARTNERSHIP'""")
			.query((row, n) -> Map.entry(row.getString(1), row.getInt(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(years).containsExactlyInAnyOrderEntriesOf(Map.of("CV", 2008, "MD", 2008, "GE", 2009, "AM", 2011,
				"AZ", 2013, "MA", 2013, "TN", 2014, "JO", 2014, "BY", 2016));
	}

	@Test
	void twentyThreeMemberStatesAnsweredAndEightReportedSmps() {
		assertThat(codes("SELECT code FROM country WHERE emn_responded ORDER BY code")).containsExactly("AT", "BE", "BG",
				"CY", "CZ", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "LT", "LU", "LV", "NL", "PL", "PT", "SE",
				"SI", "SK");
		assertThat(codes("SELECT code FROM country WHERE emn_reported_smps ORDER BY code")).containsExactly("AT", "BE",
				"BG", "DE", "ES", "FR", "IE", "LU");
		assertThat(codes("SELECT code FROM country WHERE emn_public_debate ORDER BY code")).containsExactly("FI", "PL",
				"PT");
		// The inform lists the 23 that answered and says nothing more of the other Member States.
		assertThat(codes("SELECT code FROM country WHERE emn_responded = false ORDER BY code")).isEmpty();
		assertThat(codes("SELECT code FROM country WHERE emn_not_among_respondents ORDER BY code")).containsExactly("DK",
				"IT", "MT", "RO");
		assertThat(codes("SELECT code FROM country WHERE emn_not_among_respondents AND emn_responded IS NULL ORDER BY code"))
			.containsExactly("DK", "IT", "MT", "RO");
		assertThat(count("SELECT count(*) FROM country WHERE emn_responded AND coalesce(btrim(emn_narrative_en), '') = ''"))
			.isZero();
	}

	@Test
	void figuresKeepTheirMeaning() {
		assertThat(figure("thamm-belgium", "TRAINED")).containsEntry("measure", "PLANNED").containsEntry("value", "350");
		assertThat(figure("thamm-germany", "TRAINED")).containsEntry("measure", "REACHED").containsEntry("value", "127");
		assertThat(figure("thamm-germany", "PARTICIPANTS")).containsEntry("measure", "PLANNED")
			.containsEntry("value", "600");
		assertThat(figure("young-generation-change-agents", "TRAINED")).containsEntry("value", "100");
		assertThat(figure("luxembourg-cape-verde-agreement", "QUOTA")).containsEntry("value", "10")
			.containsEntry("measure", "LIMIT");
		assertThat(figure("luxembourg-cape-verde-agreement", "AGE")).containsEntry("value", "18-35");
		assertThat(figure("aptc", "SHARE")).containsEntry("qualifier", "LESS_THAN").containsEntry("value", "2");
		assertThat(figure("korea-eps", "PARTNER_COUNT")).containsEntry("value", "16");
		assertThat(figure("digi-talents", "DURATION")).containsEntry("value", "32");
		assertThat(figure("iom-match", "DURATION")).containsEntry("value", "36");
	}

	@Test
	void periodsAreAsTheSourceGivesThem() {
		assertThat(period("palim")).isEqualTo("2019-3/2021-4");
		assertThat(period("iom-match")).isEqualTo("2020-1/2022-12");
		assertThat(period("tunisian-youth-internships-belgium")).isEqualTo("2018-3/2019-8");
		assertThat(period("kosovo-construction-skills-partnership")).isEqualTo("2016-/2020-");
		assertThat(period("thamm-germany")).isEqualTo("2019-/2023-");
		assertThat(period("pem-senegal")).isEqualTo("2021-/2024-");
	}

	@Test
	void fundersAreThoseTheSourceNames() {
		assertThat(organisations("mentor-ii", "FUNDER")).containsExactly("mpf");
		assertThat(organisations("digi-talents", "FUNDER")).containsExactly("mpf");
		assertThat(organisations("belgium-amif-health-project", "FUNDER")).containsExactly("amif");
		// Irish Aid administers the Ireland Fellows Programme; the inform does not say who funds it.
		assertThat(organisations("ireland-fellows-programme", "FUNDER")).isEmpty();
		assertThat(organisations("ireland-fellows-programme", "IMPLEMENTER")).containsExactly("irish-aid");
		assertThat(organisations("pem-senegal", "FUNDER")).isEmpty();
		// "Commissioned by" is not "funded by": the development ministry commissioned GIZ.
		assertThat(organisations("pam", "FUNDER")).isEmpty();
		assertThat(organisations("pam", "COMMISSIONING_AUTHORITY")).containsExactly("bmz");
		assertThat(organisations("kosovo-construction-skills-partnership", "FUNDER")).isEmpty();
		assertThat(organisations("kosovo-construction-skills-partnership", "COMMISSIONING_AUTHORITY")).containsExactly("bmz");
		assertThat(organisations("triple-win", "PLACEMENT")).containsExactly("german-federal-employment-agency");
		assertThat(organisations("japan-nurses-care-workers", "RECOGNITION_BODY")).containsExactly("japanese-public-agencies");
		assertThat(organisations("hand-in-hand-international-talents", "EMPLOYER")).containsExactly("hand-in-hand-smes");
	}

	/**
	 * Every role of a seeded partnership cites the sentence of the source that supports it, and where the source
	 * says it. Entries that tests add later are left out: their roles are an editor's to document.
	 */
	@Test
	void everyCodedRoleOfTheSeedHasItsSupportingSentence() {
		List<String> unsupported = jdbc.sql("""
				SELECT p.slug || ' ' || o.organisation_slug || ' ' || o.role FROM partnership_organisation o
				JOIN partnership p ON p.id = o.partnership_id
				WHERE p.created_at <= (SELECT max(installed_on) FROM flyway_schema_history WHERE version = '8')
				  AND (coalesce(btrim(o.evidence_fr), '') = '' OR coalesce(btrim(o.evidence_en), '') = ''
				       OR o.source_key IS NULL OR coalesce(btrim(o.source_locator), '') = '')
				ORDER BY 1""").query(String.class).list();
		assertThat(unsupported).isEmpty();
		assertThat(count("""
				SELECT count(*) FROM partnership_organisation o JOIN partnership p ON p.id = o.partnership_id
				WHERE p.created_at <= (SELECT max(installed_on) FROM flyway_schema_history WHERE version = '8')"""))
			.isGreaterThanOrEqualTo(80);
	}

	/** A quoted sentence is the inform's French as printed, its ligature gaps repaired: no "coopéra on" left. */
	@Test
	void supportingSentencesHaveTheirLigaturesRepaired() {
		assertThat(codes("""
				SELECT DISTINCT evidence_fr FROM partnership_organisation
				WHERE evidence_fr LIKE ANY (ARRAY['%a on %', '%a on,%', '%a on.%', '% ers %', '%ac vit%', '%ini a%',
				                                  '%par e %', '%  %', '%‐%'])""")).isEmpty();
		assertThat(codes("SELECT DISTINCT evidence_fr FROM partnership_organisation WHERE evidence_fr LIKE '%Mandatée par%'"))
			.singleElement()
			.asString()
			.contains("coopération économique et le développement");
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private List<String> codes(String sql) {
		return jdbc.sql(sql).query(String.class).list();
	}

	private List<String> organisations(String slug, String role) {
		return jdbc.sql("""
				SELECT o.organisation_slug FROM partnership_organisation o JOIN partnership p ON p.id = o.partnership_id
				WHERE p.slug = ? AND o.role = ? ORDER BY 1""").params(slug, role).query(String.class).list();
	}

	private String period(String slug) {
		return jdbc.sql("""
				SELECT concat(start_year, '-', start_month, '/', end_year, '-', end_month) FROM partnership WHERE slug = ?""")
			.param(slug)
			.query(String.class)
			.single();
	}

	private Map<String, String> figure(String slug, String kind) {
		return jdbc.sql("""
				SELECT f.measure, f.qualifier, f.value_low, f.value_high FROM partnership_figure f
				JOIN partnership p ON p.id = f.partnership_id WHERE p.slug = ? AND f.kind = ? ORDER BY f.position LIMIT 1""")
			.params(slug, kind)
			.query((row, n) -> Map.of("measure", row.getString(1), "qualifier", row.getString(2), "value",
					plain(row.getBigDecimal(3)) + (row.getBigDecimal(4) == null ? "" : "-" + plain(row.getBigDecimal(4)))))
			.single();
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
