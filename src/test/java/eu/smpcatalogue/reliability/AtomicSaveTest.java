package eu.smpcatalogue.reliability;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import eu.smpcatalogue.TestDatabase;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.TestEditors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A save that fails half-way, after the partnership's row and some of its child rows were written,
 * leaves every row of the entry, its children and its history exactly as before: a save is one
 * transaction. The faults are real database errors, planted in the database, not mocks.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class AtomicSaveTest {

	static final String COUNTRY = "HR";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	private Browser browser;

	private String slug;

	private long id;

	@BeforeEach
	void aPartnershipAndItsEditor() {
		browser = new Browser(port).signIn(TestEditors.contactPoint(accounts, COUNTRY).getUsername(), TestEditors.PASSWORD);
		slug = browser.newPartnership("Atomic save", COUNTRY, "CV");
		id = jdbc.sql("SELECT id FROM partnership WHERE slug = ?").param(slug).query(Long.class).single();
	}

	@Test
	void aHistoryWriteThatFailsUndoesTheEntryAndItsChildRows() {
		Browser.Form form = edited();
		// The revision this save will write already exists: the history insert, the save's last write, fails.
		long version = jdbc.sql("SELECT version FROM partnership WHERE id = ?").param(id).query(Long.class).single();
		jdbc.sql("""
				INSERT INTO revision (entry_type, entry_key, entry_version, action, author_name, snapshot)
				VALUES ('PARTNERSHIP', ?, ?, 'EDITED', 'planted by AtomicSaveTest', '{}')""")
			.params(Long.toString(id), version + 1)
			.update();
		List<String> before = rows();

		assertFailsCleanly(form.submit());
		assertThat(rows()).isEqualTo(before);

		jdbc.sql("DELETE FROM revision WHERE author_name = 'planted by AtomicSaveTest'").update();
		assertSavedOnceTheFaultIsGone(form);
	}

	@Test
	void aChildRowThatFailsUndoesTheEntryAndTheRowsWrittenBeforeIt() {
		Browser.Form form = edited();
		form.set("sources[1].sourceKey", form.get("sources[0].sourceKey")).set("sources[1].locator", "Injected failure");
		long version = jdbc.sql("SELECT version FROM partnership WHERE id = ?").param(id).query(Long.class).single();
		// Fails the second source row, and only once the partnership's own row has been updated.
		jdbc.sql("""
				CREATE FUNCTION atomic_save_test_fault() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				  IF NEW.locator = 'Injected failure' AND (SELECT version FROM partnership WHERE id = NEW.partnership_id) > %d THEN
				    RAISE EXCEPTION 'injected failure after the partnership row was written';
				  END IF;
				  RETURN NEW;
				END $$""".formatted(version)).update();
		jdbc.sql("""
				CREATE TRIGGER atomic_save_test_fault BEFORE INSERT OR UPDATE ON partnership_source
				FOR EACH ROW EXECUTE FUNCTION atomic_save_test_fault()""").update();
		try {
			List<String> before = rows();
			assertFailsCleanly(form.submit());
			assertThat(rows()).isEqualTo(before);
		}
		finally {
			jdbc.sql("DROP TRIGGER atomic_save_test_fault ON partnership_source").update();
			jdbc.sql("DROP FUNCTION atomic_save_test_fault()").update();
		}
		assertSavedOnceTheFaultIsGone(form);
	}

	/** The edit form with changes to the entry's row and to several of its child tables. */
	private Browser.Form edited() {
		String path = "/partnerships/" + slug + "/edit";
		return browser.open(path, path)
			.set("summaryEn", "After the failed save.")
			.set("descriptionEn", "A description the failed save must not leave behind.")
			.set("destinationCountries", COUNTRY, "SI")
			.set("originCountries", "CV", "SN")
			.set("alternativeNames[0].name", "Half-written")
			.set("sources[0].locator", "Section 4.2");
	}

	private static void assertFailsCleanly(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isGreaterThanOrEqualTo(500);
		assertThat(answer.body()).doesNotContain("Exception", "SQL", "injected failure", "duplicate key");
	}

	private void assertSavedOnceTheFaultIsGone(Browser.Form form) {
		assertThat(form.submit().statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("SELECT summary_en FROM partnership WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("After the failed save.");
	}

	/** The entry's row, every row of every table that refers to it, and its history. */
	private List<String> rows() {
		List<String> rows = new ArrayList<>();
		rows.add(jdbc.sql("SELECT p::text FROM partnership p WHERE id = ?").param(id).query(String.class).single());
		List<String> children = jdbc.sql("""
				SELECT table_name FROM information_schema.columns WHERE table_schema = 'public'
				AND column_name = 'partnership_id' ORDER BY table_name""").query(String.class).list();
		for (String table : children) {
			rows.addAll(jdbc.sql("SELECT '" + table + " ' || t::text FROM " + table + " t WHERE partnership_id = ? ORDER BY 1")
				.param(id)
				.query(String.class)
				.list());
		}
		rows.addAll(jdbc.sql("SELECT r::text FROM revision r WHERE entry_type = 'PARTNERSHIP' AND entry_key = ? ORDER BY id")
			.param(Long.toString(id))
			.query(String.class)
			.list());
		assertThat(rows).anyMatch(row -> row.startsWith("partnership_source "));
		return rows;
	}

}
