package eu.smpcatalogue.verification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import eu.smpcatalogue.history.Author;
import eu.smpcatalogue.history.EntryType;
import eu.smpcatalogue.i18n.LocalizedText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checks made of each entry (table {@code verification}, migration V41), kept one row per check so that
 * a round of checks can be counted. Who may check an entry is the editing policy's to decide, before this.
 */
@Service
@Transactional
public class Verifications {

	private final JdbcClient jdbc;

	Verifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** "Checked, nothing to change": no revision, since the entry stays as it is. */
	public Verification checked(EntryType type, String key, Author author) {
		return insert(type, key, author, null);
	}

	/**
	 * A contact point saved changes to the entry: they have looked at it, so it counts as checked at the
	 * time of that revision. An administrator's save does not (they may only have fixed a typo).
	 */
	public Optional<Verification> edited(EntryType type, String key, Author author, long revisionId) {
		if (author.countryCode() == null || author.accountId() == null) {
			return Optional.empty();
		}
		return Optional.of(insert(type, key, author, revisionId));
	}

	/** The latest check of an entry, if it was ever checked, with its country's name: one statement. */
	@Transactional(readOnly = true)
	public Optional<Verification> latest(EntryType type, String key) {
		return jdbc.sql(SELECT + " WHERE v.entry_type = ? AND v.entry_key = ? ORDER BY v.verified_at DESC, v.id DESC LIMIT 1")
			.params(type.name(), key)
			.query((row, n) -> verification(row))
			.optional();
	}

	/**
	 * When an entry was last changed (not counting the seed's import), and by whom: a contact point's country,
	 * or none for an administrator, or no account at all for the catalogue's own corrections against the
	 * source; null when never since.
	 */
	public record LastChange(Instant madeAt, String authorCountry, boolean byAccount) {
	}

	/** An entry's last change and last check, either of them possibly null. */
	public record Freshness(LastChange lastChange, Verification lastCheck) {
	}

	/**
	 * What an entry's page says of its freshness, read with one statement (the page's budget of statements is
	 * small): its latest revision, unless that is the seed's import, and its latest check.
	 */
	@Transactional(readOnly = true)
	public Freshness freshness(EntryType type, String key) {
		return jdbc.sql("""
				SELECT r.action AS change_action, r.made_at AS change_made_at, r.author_country AS change_country,
				       r.author_id IS NOT NULL AS change_by_account, l.*
				FROM (SELECT 1) AS one
				LEFT JOIN LATERAL (SELECT action, made_at, author_country, author_id FROM revision
				                   WHERE entry_type = :type AND entry_key = :key
				                   ORDER BY entry_version DESC, id DESC LIMIT 1) r ON true
				LEFT JOIN LATERAL (%s WHERE v.entry_type = :type AND v.entry_key = :key
				                   ORDER BY v.verified_at DESC, v.id DESC LIMIT 1) l ON true""".formatted(SELECT))
			.param("type", type.name())
			.param("key", key)
			.query((row, n) -> {
				LastChange change = row.getString("change_action") == null || "IMPORTED".equals(row.getString("change_action"))
						? null : new LastChange(row.getTimestamp("change_made_at").toInstant(), row.getString("change_country"),
								row.getBoolean("change_by_account"));
				return new Freshness(change, row.getObject("id") == null ? null : verification(row));
			})
			.single();
	}

	/** How many checks an entry has had: the start of what rounds of checks will count. */
	@Transactional(readOnly = true)
	public long count(EntryType type, String key) {
		return jdbc.sql("SELECT count(*) FROM verification WHERE entry_type = ? AND entry_key = ?")
			.params(type.name(), key)
			.query(Long.class)
			.single();
	}

	private Verification insert(EntryType type, String key, Author author, Long revisionId) {
		// A check made with a save takes the revision's own time, so that neither seems later than the other.
		long id = jdbc.sql("""
				INSERT INTO verification (entry_type, entry_key, account_id, account_name, country_code, verified_at,
				                          revision_id)
				VALUES (?, ?, ?, ?, ?, coalesce((SELECT made_at FROM revision WHERE id = ?), now()), ?)
				RETURNING id""")
			.params(type.name(), key, author.accountId(), author.name(), author.countryCode(), revisionId, revisionId)
			.query(Long.class)
			.single();
		return jdbc.sql(SELECT + " WHERE v.id = ?").param(id).query((row, n) -> verification(row)).single();
	}

	private static final String SELECT = """
			SELECT v.id, v.entry_type, v.entry_key, v.account_id, v.account_name, v.country_code, c.name_en, c.name_fr,
			       v.verified_at, v.revision_id
			FROM verification v LEFT JOIN country c ON c.code = v.country_code""";

	private static Verification verification(ResultSet row) throws SQLException {
		String code = row.getString("country_code");
		return new Verification(row.getLong("id"), EntryType.valueOf(row.getString("entry_type")), row.getString("entry_key"),
				row.getObject("account_id", Long.class), row.getString("account_name"), code,
				code == null ? null : new LocalizedText(row.getString("name_en"), row.getString("name_fr")),
				row.getTimestamp("verified_at").toInstant(), row.getObject("revision_id", Long.class));
	}

}
