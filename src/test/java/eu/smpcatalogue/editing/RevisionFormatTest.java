package eu.smpcatalogue.editing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import eu.smpcatalogue.history.Action;
import eu.smpcatalogue.history.CountrySnapshot;
import eu.smpcatalogue.history.EntryType;
import eu.smpcatalogue.history.History;
import eu.smpcatalogue.history.PartnershipSnapshot;
import eu.smpcatalogue.history.PartnershipSnapshot.FigureRow;
import eu.smpcatalogue.history.PartnershipSnapshot.OrganisationRow;
import eu.smpcatalogue.history.Revision;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The history keeps its own versioned snapshot format. Revisions written before the format had a name
 * (the edit form serialised as it was, without a {@code format} field) still read and restore field by
 * field: the golden files are real snapshots of seeded entries as that code stored them. New revisions
 * say which format they are in; the revision of an entry as imported carries the time of the import.
 * Each test runs in a transaction that is rolled back, so the seeded entries it edits stay as they were.
 */
@CatalogueTest
@Transactional
class RevisionFormatTest {

	/** THAMM in Belgium as the seed imported it, stored by the first edit before snapshots had a format. */
	static final String PARTNERSHIP_GOLDEN = "thamm-belgium-snapshot-before-format-1.json";

	/** Germany's EMN answer as the seed imported it, stored the same way. */
	static final String COUNTRY_GOLDEN = "germany-snapshot-before-format-1.json";

	@Autowired
	PartnershipEditor partnershipEditor;

	@Autowired
	CountryEditor countryEditor;

	@Autowired
	History history;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MockMvc mvc;

	private Editor administrator;

	@BeforeEach
	void anAdministrator() {
		administrator = TestEditors.administrator(accounts);
	}

	@Test
	void aPartnershipRevisionWrittenBeforeTheFormatHadANumberReadsAndRestoresFieldByField() throws IOException {
		String golden = golden(PARTNERSHIP_GOLDEN);
		assertThat(json.readTree(golden).has("format")).isFalse();
		String slug = newPartnership();
		String key = id(slug);
		long revision = plant(EntryType.PARTNERSHIP, key, golden);

		PartnershipSnapshot read = (PartnershipSnapshot) history.find(EntryType.PARTNERSHIP, key, revision)
			.map(Revision::snapshot)
			.orElseThrow();
		assertThat(read.slug()).isEqualTo("thamm-belgium");
		assertThat(read.nameEn()).isEqualTo("THAMM in Belgium (Enabel)");
		assertThat(read.kind()).isEqualTo("PROJECT");
		assertThat(read.category()).isEqualTo("EU_PROGRAMME");
		assertThat(read.startYear()).isEqualTo(2021);
		assertThat(read.startMonth()).isEqualTo(3);
		assertThat(read.endYear()).isEqualTo(2023);
		assertThat(read.endMonth()).isNull();
		assertThat(read.budgetAmount()).isNull();
		assertThat(read.destinationCountries()).containsExactly("BE");
		assertThat(read.originCountries()).containsExactly("MA", "TN");
		assertThat(read.organisations()).containsExactly(new OrganisationRow("european-union", "FUNDER"),
				new OrganisationRow("enabel", "IMPLEMENTER"));
		assertThat(read.elements()).extracting(PartnershipSnapshot.ElementRow::element)
			.containsExactly("FORMAL_COOPERATION", "STAKEHOLDERS", "TRAINING", "SKILLS_RECOGNITION", "MOBILITY");
		FigureRow trained = read.figures().get(0);
		assertThat(List.of(trained.kind(), trained.measure(), trained.qualifier(), trained.unit(), trained.sourceKey()))
			.containsExactly("TRAINED", "PLANNED", "EXACT", "PEOPLE", "emn-inform-smp-2022");
		assertThat(trained.valueLow()).isEqualByComparingTo("350");
		assertThat(trained.valueHigh()).isNull();
		assertThat(read.figures().get(1).valueLow()).isEqualByComparingTo("25");
		assertThat(read.sources()).extracting(PartnershipSnapshot.SourceRow::sourceKey)
			.containsExactly("emn-inform-smp-2022", "enabel-thamm");
		assertThat(read.catalogueLinks()).singleElement().satisfies(link -> assertThat(link.catalogue()).isEqualTo("IMPLEMENTER"));
		assertThat(read.reportingCountry()).isEqualTo("BE");
		assertThat(read.partOf()).isEqualTo("thamm");
		assertThat(read.lastVerifiedOn()).isEqualTo(LocalDate.of(2026, 11, 27));
		// Every field of the old snapshot, not only those above, reads back with its value (the organisations, which
		// now read with no sentence for their roles, above).
		assertSameFields(golden, read, List.of("organisations"));

		partnershipEditor.revert(slug, revision, administrator, null);
		PartnershipSnapshot restored = SnapshotMapping.snapshot(partnershipEditor.formFor(slug, administrator));
		assertSameFields(golden, restored, List.of("slug", "organisations"));
		assertThat(restored.organisations()).isEqualTo(read.organisations());
		assertThat(restored.slug()).isEqualTo(slug);
		assertThat(jdbc.sql("""
				SELECT p.name_en || ' | part of ' || parent.slug || ' | ' || f.value_low || ' ' || f.unit
				FROM partnership p JOIN partnership parent ON parent.id = p.part_of_id
				JOIN partnership_figure f ON f.partnership_id = p.id AND f.position = 1 WHERE p.slug = ?""")
			.param(slug)
			.query(String.class)
			.single()).isEqualTo("THAMM in Belgium (Enabel) | part of thamm | 350.00 PEOPLE");
	}

	@Test
	void aCountryRevisionWrittenBeforeTheFormatHadANumberReadsAndRestoresFieldByField() throws IOException {
		String golden = golden(COUNTRY_GOLDEN);
		assertThat(json.readTree(golden).has("format")).isFalse();
		long revision = plant(EntryType.COUNTRY, "SE", golden);

		CountrySnapshot read = (CountrySnapshot) history.find(EntryType.COUNTRY, "SE", revision)
			.map(Revision::snapshot)
			.orElseThrow();
		assertThat(read.responded()).isEqualTo("YES");
		assertThat(read.reportedSmps()).isTrue();
		assertThat(read.publicDebate()).isFalse();
		assertThat(read.relatedInitiatives()).isFalse();
		assertThat(read.narrativeEn()).startsWith("Germany answered EMN ad-hoc query 2021.44");
		assertThat(read.narrativeFr()).startsWith("L'Allemagne a répondu");
		assertThat(read.contactPointUrl()).isEqualTo("http://www.emn-germany.de");
		assertSameFields(golden, read, List.of());

		countryEditor.revert("SE", revision, administrator, null);
		assertSameFields(golden, SnapshotMapping.snapshot(countryEditor.formFor("SE", administrator)), List.of());
		assertThat(jdbc.sql("SELECT emn_responded || ' ' || emn_reported_smps || ' ' || emn_ncp_url FROM country WHERE code = 'SE'")
			.query(String.class)
			.single()).isEqualTo("true true http://www.emn-germany.de");
	}

	@Test
	void aNewRevisionSaysWhichFormatItIsInAndKeepsTheFieldNames() {
		String slug = newPartnership();
		PartnershipForm form = partnershipEditor.formFor(slug, administrator);
		form.setSummaryEn("A summary for the format test.");
		partnershipEditor.update(slug, form, administrator);
		assertThat(jdbc.sql("""
				SELECT (snapshot ->> 'format') || ' ' || (snapshot ->> 'summaryEn') FROM revision
				WHERE entry_type = 'PARTNERSHIP' AND entry_key = ? ORDER BY entry_version DESC LIMIT 1""")
			.param(id(slug))
			.query(String.class)
			.single()).isEqualTo("1 A summary for the format test.");
	}

	@Test
	void theRevisionOfAnEntryAsImportedCarriesTheTimeOfTheSeedNotOfTheFirstEdit() throws Exception {
		PartnershipForm form = partnershipEditor.formFor("korea-eps", administrator);
		form.setSummaryEn(form.getSummaryEn() + " (import time test)");
		partnershipEditor.update("korea-eps", form, administrator);
		Instant created = jdbc.sql("SELECT created_at FROM partnership WHERE slug = 'korea-eps'")
			.query((row, n) -> row.getTimestamp(1).toInstant())
			.single();
		Revision imported = imported(EntryType.PARTNERSHIP, id("korea-eps"));
		assertThat(imported.madeAt()).isEqualTo(created);
		assertThat(imported.madeAt()).isBefore(history.latest(EntryType.PARTNERSHIP, id("korea-eps")).orElseThrow().madeAt());
		Document page = Jsoup.parse(mvc.perform(get("/partnerships/korea-eps/history?lang=en")).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select("tbody tr").last().text()).startsWith("Version 1, ").contains(
				DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC).format(created) + " UTC")
			.contains("Imported from the source");

		CountryForm answer = countryEditor.formFor("SE", administrator);
		answer = FormParams.with(answer, "narrativeEn", answer.narrativeEn() + " (import time test)");
		countryEditor.update("SE", answer, administrator);
		Instant seeded = jdbc.sql("""
				SELECT max(installed_on) AT TIME ZONE current_setting('TimeZone') FROM flyway_schema_history
				WHERE script LIKE 'V%\\_\\_seed\\_%'""").query((row, n) -> row.getTimestamp(1).toInstant()).single();
		assertThat(imported(EntryType.COUNTRY, "SE").madeAt()).isEqualTo(seeded);
	}

	/** Each field of the golden file has the same value in the snapshot, written out as JSON. */
	private void assertSameFields(String golden, Object snapshot, List<String> except) {
		JsonNode expected = json.readTree(golden);
		JsonNode actual = json.readTree(json.writeValueAsString(snapshot));
		for (String field : expected.propertyNames()) {
			if (!except.contains(field)) {
				assertThat(actual.get(field)).as(field).isEqualTo(expected.get(field));
			}
		}
	}

	private Revision imported(EntryType type, String key) {
		return history.of(type, key)
			.stream()
			.filter(revision -> revision.action() == Action.IMPORTED)
			.findFirst()
			.orElseThrow();
	}

	/** A revision as the code before the format stored it. */
	private long plant(EntryType type, String key, String snapshot) {
		return jdbc.sql("""
				INSERT INTO revision (entry_type, entry_key, entry_version, action, author_name, snapshot)
				VALUES (?, ?, 1000000, 'EDITED', 'Golden file', ?::jsonb) RETURNING id""")
			.params(type.name(), key, snapshot)
			.query(Long.class)
			.single();
	}

	private String newPartnership() {
		PartnershipForm form = PartnershipMapping.blank();
		form.setNameEn("Revision format test " + System.nanoTime());
		form.setSummaryEn("A partnership for the revision format test.");
		form.setReportingCountry("BE");
		form.setDestinationCountries(List.of("BE"));
		form.setOriginCountries(List.of("MA"));
		form.getSources().get(0).setLocator("Section 5.3");
		return partnershipEditor.create(form, administrator).getSlug();
	}

	private String id(String slug) {
		return jdbc.sql("SELECT id::text FROM partnership WHERE slug = ?").param(slug).query(String.class).single();
	}

	private static String golden(String name) throws IOException {
		return new ClassPathResource(name, RevisionFormatTest.class).getContentAsString(StandardCharsets.UTF_8);
	}

}
