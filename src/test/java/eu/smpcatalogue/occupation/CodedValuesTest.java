package eu.smpcatalogue.occupation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.smpcatalogue.CatalogueTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every coded value (an ISCO code, a skill level, a part of the recognition of skills) stands on a sentence of
 * the source: the database refuses one without it, and each French sentence is found in the EMN inform itself.
 */
@CatalogueTest
class CodedValuesTest {

	/** The inform's text as extracted from the PDF (French edition, ligatures lost), committed beside the tests. */
	static final Path INFORM = Path.of("src", "test", "resources", "seed", "emn-inform-smp-2022-fr.txt");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CodedFacts codedFacts;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void everyFrenchSentenceIsTheInformsOwn() throws IOException {
		assertThat(INFORM).as("the EMN inform's text").exists();
		String inform = normalised(Files.readString(INFORM, StandardCharsets.UTF_8), true);
		List<String> sentences = jdbc.sql("""
				SELECT sentence_fr FROM partnership_occupation
				UNION SELECT sentence_fr FROM partnership_skill_level
				UNION SELECT recognised_sentence_fr FROM partnership_recognition WHERE recognised_sentence_fr IS NOT NULL
				UNION SELECT body_sentence_fr FROM partnership_recognition WHERE body_sentence_fr IS NOT NULL
				UNION SELECT timing_sentence_fr FROM partnership_recognition WHERE timing_sentence_fr IS NOT NULL
				UNION SELECT result_sentence_fr FROM partnership_recognition WHERE result_sentence_fr IS NOT NULL""")
			.query(String.class)
			.list();
		assertThat(sentences).hasSizeGreaterThan(10);
		assertThat(sentences).allSatisfy(sentence -> assertThat(inform).as(sentence).contains(normalised(sentence, false)));
	}

	/** The check itself tells a sentence of the inform from one that is not there. */
	@Test
	void aSentenceTheInformDoesNotHoldIsNotFound() throws IOException {
		String inform = normalised(Files.readString(INFORM, StandardCharsets.UTF_8), true);
		assertThat(inform).contains(normalised("L’EPS a été créé en 2005.", false))
			.doesNotContain(normalised("L’EPS a été créé en 2006.", false))
			.doesNotContain(normalised("Le programme forme des infirmiers spécialisés en Allemagne.", false));
	}

	@Test
	void everySkillLevelTheSeedGivesHasItsSentence() {
		// Entries no editor has saved (migrations write their revisions without an author): a level an editor set
		// has the history as its source.
		List<String> withoutSentence = jdbc.sql("""
				SELECT p.slug FROM partnership p
				WHERE p.skill_level <> 'NOT_STATED'
				  AND NOT EXISTS (SELECT 1 FROM revision r WHERE r.entry_type = 'PARTNERSHIP' AND r.entry_key = p.id::text
				                  AND r.author_id IS NOT NULL)
				  AND NOT EXISTS (SELECT 1 FROM partnership_skill_level s WHERE s.partnership_id = p.id
				                  AND s.skill_level = p.skill_level AND btrim(s.sentence_fr) <> '' AND btrim(s.sentence_en) <> '')""")
			.query(String.class)
			.list();
		assertThat(withoutSentence).isEmpty();
	}

	@Test
	void theDatabaseRefusesACodedValueWithoutItsSentence() {
		long imgti = id("imgti");
		long palim = id("palim");
		assertThatThrownBy(() -> jdbc.sql("""
				INSERT INTO partnership_occupation (partnership_id, isco_code, words_en, words_fr, sentence_en, sentence_fr, source_locator)
				VALUES (?, '2212', 'specialists', 'spécialistes', 'A sentence.', ' ', 'Box 8')""").params(imgti).update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.sql("""
				INSERT INTO partnership_skill_level (partnership_id, skill_level, words_en, words_fr, sentence_en, sentence_fr, source_locator)
				VALUES (?, 'HIGH', 'graduates', 'diplômés', '', '', 'Box 6')""").params(palim).update())
			.isInstanceOf(DataIntegrityViolationException.class);
		// A row that states nothing is allowed (and is the same as none); each stated value needs its sentence.
		rolledBack(() -> jdbc.sql("INSERT INTO partnership_recognition (partnership_id, source_locator) VALUES (?, 'Box 6')")
			.params(palim)
			.update());
		for (String column : List.of("recognised = 'QUALIFICATION'", "timing = 'ON_ARRIVAL'", "result = 'FULL_RECOGNITION'",
				"body_slug = 'enabel'")) {
			String[] parts = column.split(" = ");
			assertThatThrownBy(() -> rolledBack(() -> jdbc.sql("INSERT INTO partnership_recognition (partnership_id, source_locator, "
					+ parts[0] + ") VALUES (?, 'Box 6', " + parts[1] + ")").params(palim).update()))
				.as(column + " without its sentence")
				.isInstanceOf(DataIntegrityViolationException.class);
		}
		assertThat(codedFacts.of(palim).recognition().isStated()).isFalse();
	}

	@Test
	void theCodesAreThoseTheInformSupports() {
		Map<String, List<String>> codes = Map.of("imgti", List.of("221"), "triple-win", List.of("2221", "3221"),
				"digi-talents", List.of("25"), "japan-nurses-care-workers", List.of("2221", "3221", "53"),
				"lithuania-ukraine-mental-health", List.of("221", "2212", "2634", "2635", "3412"));
		codes.forEach((slug, expected) -> assertThat(codedFacts.of(id(slug)).iscoCodes()).as(slug).isEqualTo(expected));
		assertThat(level("imgti")).isEqualTo("HIGH");
		assertThat(level("korea-eps")).isEqualTo("LOW");
		assertThat(level("hand-in-hand-international-talents")).isEqualTo("MEDIUM");
		assertThat(codedFacts.of(id("young-generation-change-agents")).skillLevel().eqfLevel()).isEqualTo(7);
		assertThat(codedFacts.of(id("korea-eps")).skillLevel().eqfLevel()).isNull();
		Recognition ba = codedFacts.of(id("germany-ba-placement-agreements")).recognition();
		assertThat(ba.what().value()).isEqualTo(Recognition.What.QUALIFICATION);
		assertThat(ba.timing().value()).isEqualTo(Recognition.Timing.AFTER_ADAPTATION);
		assertThat(ba.result().value()).isEqualTo(Recognition.Result.NOT_STATED);
		assertThat(ba.result().isStated()).isFalse();
		assertThat(ba.body().isStated()).isFalse();
		// Every group has both titles, and every group but a major one sits inside the group its code extends.
		assertThat(jdbc.sql("SELECT count(*) FROM isco_group WHERE length(code) = 2").query(Long.class).single()).isEqualTo(43);
		assertThat(jdbc.sql("SELECT count(*) FROM isco_group WHERE length(code) = 1").query(Long.class).single()).isEqualTo(10);
	}

	private void rolledBack(Runnable statement) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			status.setRollbackOnly();
			statement.run();
		});
	}

	private String level(String slug) {
		return jdbc.sql("SELECT skill_level FROM partnership WHERE slug = ?").param(slug).query(String.class).single();
	}

	private long id(String slug) {
		return jdbc.sql("SELECT id FROM partnership WHERE slug = ?").param(slug).query(Long.class).single();
	}

	/**
	 * The inform's text as its PDF extraction left it, and a sentence as written with the lost ligatures ("ti",
	 * "tt", "tti", "ft" became a space) restored, brought to one form: no spaces, no ligature letters, one kind
	 * of apostrophe, hyphen and quotation mark, no footnote numbers glued to a word.
	 */
	static String normalised(String text, boolean inform) {
		String result = inform ? text.replaceAll("(?<=[\\p{L}»)])\\d+", "") : text;
		return result.toLowerCase(Locale.ROOT)
			.replaceAll("[’‘`']", "'")
			.replaceAll("[‐‑–—-]", "-")
			.replaceAll("[«»“”\"]", "\"")
			.replaceAll("[\\s\\u00a0\\u2007\\u202f]+", "")
			.replaceAll("tti|t[it]|ft", "");
	}

}
