package eu.smpcatalogue.reliability;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway brings both an empty database and one the released version has been editing (schema V9) to
 * the latest migration, validating every applied migration's checksum on the way; the data survives,
 * and the schema is the very one this test context's Hibernate validated at start ({@code ddl-auto=validate}).
 */
@CatalogueTest
class MigrationTest {

	/** The schema of the released version (accounts and history). */
	static final String RELEASED = "9";

	@Value("${spring.flyway.locations}")
	String[] locations;

	@Autowired
	JdbcClient validatedByHibernate;

	@Test
	void anEmptyDatabaseMigratesToTheLatestVersion() {
		try (Databases.Scratch empty = new Databases.Scratch()) {
			Flyway flyway = flyway(empty).load();
			assertThat(flyway.migrate().success).isTrue();
			flyway.validate();
			assertThat(flyway.info().current().getVersion()).isEqualTo(latest(flyway));
			assertThat(flyway.info().pending()).isEmpty();
			assertThat(Databases.schema(empty.jdbc())).isEqualTo(Databases.schema(validatedByHibernate));
		}
	}

	@Test
	void aDatabaseEditedByTheReleasedVersionUpgradesWithItsData() {
		try (Databases.Scratch released = new Databases.Scratch()) {
			Flyway atRelease = flyway(released).target(MigrationVersion.fromVersion(RELEASED)).load();
			atRelease.migrate();
			assertThat(atRelease.info().current().getVersion()).isEqualTo(MigrationVersion.fromVersion(RELEASED));
			JdbcClient jdbc = released.jdbc();
			editAsTheReleasedVersionDid(jdbc);
			// Every table of the release but Flyway's own history, which the upgrade is meant to extend.
			Map<String, List<String>> releasedColumns = new TreeMap<>(Databases.columns(jdbc));
			releasedColumns.remove("flyway_schema_history");
			// The upgrade gives the revisions that record entries as imported the seed's time, and changes nothing else.
			releasedColumns.put("revision",
					releasedColumns.get("revision").stream().filter(column -> !column.equals("made_at")).toList());
			// The search document is derived from the texts, and rebuilt when the search changes how it reads them.
			releasedColumns.put("partnership",
					releasedColumns.get("partnership").stream().filter(column -> !column.equals("search_document")).toList());
			// The corrections checked against the source rewrite some seeded rows (countries, organisations,
			// partnerships and their roles) and give each corrected entry revisions of its own: those tables are
			// compared apart, by what was there before.
			CORRECTED_AGAINST_THE_SOURCE.forEach(releasedColumns::remove);
			Map<String, String> before = Databases.contents(jdbc, releasedColumns);
			List<String> releasedRevisions = releasedRevisions(jdbc);
			List<String> editedAt = madeAt(jdbc, "EDITED");
			assertThat(madeAt(jdbc, "IMPORTED")).doesNotContainAnyElementsOf(seedTimes(jdbc));

			Flyway upgrade = flyway(released).load();
			assertThat(upgrade.migrate().success).isTrue();
			upgrade.validate();

			assertThat(upgrade.info().current().getVersion()).isEqualTo(latest(upgrade));
			assertThat(Databases.contents(jdbc, releasedColumns)).isEqualTo(before);
			assertThat(jdbc.sql("SELECT summary_en FROM partnership WHERE slug = 'palim'").query(String.class).single())
				.endsWith("(edited before the upgrade)");
			assertThat(jdbc.sql("SELECT count(*) FROM partnership WHERE search_document @@ '''en:nurs'''::tsquery").query(Long.class)
				.single()).as("documents rebuilt with English stems apart").isPositive();
			assertThat(jdbc.sql("SELECT emn_narrative_en FROM country WHERE code = 'SI'").query(String.class).single())
				.endsWith("(edited before the upgrade)");
			assertThat(releasedRevisions(jdbc)).isEqualTo(releasedRevisions);
			assertThat(madeAt(jdbc, "EDITED")).isEqualTo(editedAt);
			assertThat(madeAt(jdbc, "IMPORTED")).isEqualTo(seedTimes(jdbc));
			assertThat(jdbc.sql("SELECT count(*) FROM account WHERE username = 'contact.si' AND enabled")
				.query(Long.class)
				.single()).isOne();
			assertThat(Databases.schema(jdbc)).isEqualTo(Databases.schema(validatedByHibernate));
		}
	}

	/** What editing with the released version leaves behind: an account, edits, revisions, an alias. */
	private static void editAsTheReleasedVersionDid(JdbcClient jdbc) {
		long account = jdbc.sql("""
				INSERT INTO account (username, display_name, password_hash, role, country_code)
				VALUES ('contact.si', 'Contact point SI', '{bcrypt}$2b$10$abcdefghijklmnopqrstuu5VdPW5lD1cYvQ8r8kGGbKzv7bJyqPq2',
				        'CONTACT_POINT', 'SI') RETURNING id""").query(Long.class).single();
		String palim = jdbc.sql("SELECT id::text FROM partnership WHERE slug = 'palim'").query(String.class).single();
		jdbc.sql("""
				UPDATE partnership SET summary_en = summary_en || ' (edited before the upgrade)', version = version + 1,
				       updated_at = now() WHERE slug = 'palim'""").update();
		jdbc.sql("""
				UPDATE country SET emn_narrative_en = emn_narrative_en || ' (edited before the upgrade)',
				       version = version + 1, updated_at = now() WHERE code = 'SI'""").update();
		for (Object[] revision : List.of(new Object[] { "PARTNERSHIP", palim, 0, "IMPORTED", null },
				new Object[] { "PARTNERSHIP", palim, 1, "EDITED", account }, new Object[] { "COUNTRY", "SI", 0, "IMPORTED", null },
				new Object[] { "COUNTRY", "SI", 1, "EDITED", account })) {
			jdbc.sql("""
					INSERT INTO revision (entry_type, entry_key, entry_version, action, author_id, author_name,
					                      author_country, changed_fields, snapshot)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?::text[], '{"summaryEn": "a snapshot"}'::jsonb)""")
				.params(revision[0], revision[1], revision[2], revision[3], revision[4],
						revision[4] == null ? "EMN inform (seed)" : "Contact point SI", revision[4] == null ? null : "SI",
						revision[4] == null ? "{}" : "{summaryEn}")
				.update();
		}
		jdbc.sql("INSERT INTO partnership_slug_alias (slug, partnership_id) VALUES ('palim-old-address', ?::bigint)")
			.param(palim)
			.update();
		jdbc.sql("INSERT INTO login_throttle (subject, failures, window_started_at) VALUES ('address:192.0.2.1', 3, now())")
			.update();
	}

	private FluentConfiguration flyway(Databases.Scratch database) {
		TestDatabase server = TestDatabase.get();
		return Flyway.configure()
			.dataSource(database.url(), server.username(), server.password())
			.locations(locations)
			.validateOnMigrate(true)
			.cleanDisabled(true);
	}

	/** When the revisions of one action were made: PALIM's, then Slovenia's. */
	private static List<String> madeAt(JdbcClient jdbc, String action) {
		return jdbc.sql("SELECT made_at::text FROM revision WHERE action = ? AND " + RELEASED_REVISION + " ORDER BY entry_type DESC")
			.param(action)
			.query(String.class)
			.list();
	}

	/** The tables whose seeded rows the corrections checked against the source rewrite. */
	private static final List<String> CORRECTED_AGAINST_THE_SOURCE = List.of("country", "organisation", "partnership",
			"partnership_organisation", "revision");

	/** The revisions the released version wrote, but for when they were made. */
	private static List<String> releasedRevisions(JdbcClient jdbc) {
		return jdbc.sql("""
				SELECT concat_ws(' | ', entry_type, entry_key, entry_version, action, author_name, changed_fields::text,
				                 snapshot::text)
				FROM revision WHERE %s ORDER BY id""".formatted(RELEASED_REVISION)).query(String.class).list();
	}

	/** The released version's revisions: PALIM's and Slovenia's, but for the corrections' own. */
	private static final String RELEASED_REVISION = """
			author_name <> 'SMP Catalogue (checked against the source)'
			AND entry_key IN ('SI', (SELECT id::text FROM partnership WHERE slug = 'palim'))""";

	/** When the seed wrote PALIM, and when it ran the last of its migrations (the countries' answers). */
	private static List<String> seedTimes(JdbcClient jdbc) {
		return List.of(jdbc.sql("SELECT created_at::text FROM partnership WHERE slug = 'palim'").query(String.class).single(),
				jdbc.sql("""
						SELECT (max(installed_on) AT TIME ZONE current_setting('TimeZone'))::text FROM flyway_schema_history
						WHERE script LIKE 'V%\\_\\_seed\\_%'""").query(String.class).single());
	}

	/** Whatever the newest migration is: others are added after this test was written. */
	private static MigrationVersion latest(Flyway flyway) {
		return Arrays.stream(flyway.info().all())
			.map(MigrationInfo::getVersion)
			.max(MigrationVersion::compareTo)
			.orElseThrow();
	}

}
