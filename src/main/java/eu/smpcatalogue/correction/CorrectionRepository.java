package eu.smpcatalogue.correction;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import eu.smpcatalogue.history.EntryType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The suggestions as stored (table {@code correction}, V50). */
@Repository
class CorrectionRepository {

	/** The inbox shows at most this many, newest first; an administrator's is the one that could grow. */
	static final int INBOX_SIZE = 200;

	private static final String SELECT = """
			SELECT id, token, entry_type, entry_key, what_is_wrong, should_say, source, sender_name,
			       sender_organisation, sender_email, language, owner_countries, for_administrators, status,
			       received_at, closed_at, closed_by_name, revision_id, decline_reason
			FROM correction""";

	private final JdbcClient jdbc;

	CorrectionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewCorrection(String token, EntryType entryType, String entryKey, String whatIsWrong, String shouldSay,
			String source, String senderName, String senderOrganisation, String senderEmail, String language,
			List<String> ownerCountries, boolean forAdministrators) {
	}

	long insert(NewCorrection correction) {
		return jdbc.sql("""
				INSERT INTO correction (token, entry_type, entry_key, what_is_wrong, should_say, source, sender_name,
				                        sender_organisation, sender_email, language, owner_countries, for_administrators)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				RETURNING id""")
			.params(correction.token(), correction.entryType().name(), correction.entryKey(), correction.whatIsWrong(),
					correction.shouldSay(), correction.source(), correction.senderName(), correction.senderOrganisation(),
					correction.senderEmail(), correction.language(), correction.ownerCountries().toArray(String[]::new),
					correction.forAdministrators())
			.query(Long.class)
			.single();
	}

	Optional<Correction> find(long id) {
		return jdbc.sql(SELECT + " WHERE id = ?").param(id).query((row, n) -> correction(row)).optional();
	}

	Optional<Correction> findByToken(String token) {
		return jdbc.sql(SELECT + " WHERE token = ?").param(token).query((row, n) -> correction(row)).optional();
	}

	/** Open suggestions, newest first: those of one country's entries, or all of them (country null). */
	List<Correction> open(String country) {
		return jdbc.sql(SELECT + " WHERE status = 'OPEN' AND (CAST(? AS varchar) IS NULL OR ? = ANY (owner_countries))"
				+ " ORDER BY received_at DESC, id DESC LIMIT " + INBOX_SIZE)
			.params(country, country)
			.query((row, n) -> correction(row))
			.list();
	}

	long countOpen(EntryType type, String key) {
		return jdbc.sql("SELECT count(*) FROM correction WHERE status = 'OPEN' AND entry_type = ? AND entry_key = ?")
			.params(type.name(), key)
			.query(Long.class)
			.single();
	}

	/** Which of these countries have a contact point account that is enabled. */
	List<String> countriesWithContactPoints(Collection<String> countries) {
		if (countries.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT DISTINCT country_code FROM account
				WHERE role = 'CONTACT_POINT' AND enabled AND country_code = ANY (?)""")
			.param(countries.toArray(String[]::new))
			.query(String.class)
			.list();
	}

	/** Closes an open suggestion; false when it was closed meanwhile (by someone else). */
	boolean close(long id, CorrectionStatus status, long accountId, String accountName, Long revisionId, String reason) {
		return jdbc.sql("""
				UPDATE correction SET status = ?, closed_at = now(), closed_by = ?, closed_by_name = ?, revision_id = ?,
				                      decline_reason = ?
				WHERE id = ? AND status = 'OPEN'""")
			.params(status.name(), accountId, accountName, revisionId, reason, id)
			.update() == 1;
	}

	private static Correction correction(ResultSet row) throws SQLException {
		Array owners = row.getArray("owner_countries");
		Timestamp closed = row.getTimestamp("closed_at");
		long revisionId = row.getLong("revision_id");
		Long revision = row.wasNull() ? null : revisionId;
		return new Correction(row.getLong("id"), row.getString("token"), EntryType.valueOf(row.getString("entry_type")),
				row.getString("entry_key"), row.getString("what_is_wrong"), row.getString("should_say"), row.getString("source"),
				row.getString("sender_name"), row.getString("sender_organisation"), row.getString("sender_email"),
				row.getString("language"), Arrays.asList((String[]) owners.getArray()), row.getBoolean("for_administrators"),
				CorrectionStatus.valueOf(row.getString("status")), row.getTimestamp("received_at").toInstant(),
				closed == null ? null : closed.toInstant(), row.getString("closed_by_name"),
				revision, row.getString("decline_reason"));
	}

}
