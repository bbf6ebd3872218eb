package eu.smpcatalogue.history;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of every entry: each save is a revision holding the whole entry as a snapshot, in the
 * history's own versioned format ({@link Snapshot}, {@link SnapshotFormat}), so that any two revisions
 * can be compared ({@link Changes}) and any one brought back.
 */
@Service
@Transactional
public class History {

	/** The longest reason for a change the history keeps (migration V41). */
	public static final int REASON_LENGTH = 500;

	private final JdbcClient jdbc;

	private final SnapshotFormat format;

	private final String flywayTable;

	History(JdbcClient jdbc, JsonMapper json,
			@Value("${spring.flyway.table:flyway_schema_history}") String flywayTable) {
		this.jdbc = jdbc;
		this.format = new SnapshotFormat(json);
		this.flywayTable = flywayTable;
	}

	/**
	 * Records a new state of an entry. The first edit of an entry that only the seed has written records
	 * the state it replaces first, at the time the seed imported it, so that every change can be compared
	 * and undone.
	 */
	public long record(EntryType type, String key, long version, Action action, Author author, Snapshot snapshot,
			Snapshot before, long versionBefore) {
		return record(type, key, version, action, author, snapshot, before, versionBefore, null);
	}

	/**
	 * The same, with the reason the editor gave for the change (none when blank; at most
	 * {@value #REASON_LENGTH} characters, which the forms check first). Answers the new revision's id.
	 */
	public long record(EntryType type, String key, long version, Action action, Author author, Snapshot snapshot,
			Snapshot before, long versionBefore, String reason) {
		checkType(type, snapshot);
		if (latest(type, key).isEmpty() && before != null) {
			checkType(type, before);
			insert(type, key, versionBefore, Action.IMPORTED, Author.SEED, before, List.of(), importedAt(type, key), null);
		}
		List<String> changed = latest(type, key).map(previous -> changedFields(previous.snapshot(), snapshot))
			.orElseGet(() -> List.copyOf(format.fields(snapshot).propertyNames()));
		return insert(type, key, version, action, author, snapshot, changed, null, reason(reason));
	}

	/** A reason as kept: stripped, and none when blank. */
	public static String reason(String typed) {
		return typed == null || typed.isBlank() ? null : typed.strip();
	}

	@Transactional(readOnly = true)
	public List<Revision> of(EntryType type, String key) {
		return jdbc.sql(SELECT + " WHERE entry_type = ? AND entry_key = ? ORDER BY entry_version DESC, id DESC")
			.params(type.name(), key)
			.query((row, n) -> revision(row))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Revision> find(EntryType type, String key, long id) {
		return jdbc.sql(SELECT + " WHERE entry_type = ? AND entry_key = ? AND id = ?")
			.params(type.name(), key, id)
			.query((row, n) -> revision(row))
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<Revision> atVersion(EntryType type, String key, long version) {
		return jdbc.sql(SELECT + " WHERE entry_type = ? AND entry_key = ? AND entry_version = ?")
			.params(type.name(), key, version)
			.query((row, n) -> revision(row))
			.optional();
	}

	/**
	 * The revision with this number: revisions are numbered from 1, the oldest, in the order the history
	 * lists them (newest first, the last one listed being 1). A number's revision never changes, since
	 * revisions are only ever added: {@code /partnerships/{slug}/versions/{n}} is a permanent address.
	 */
	@Transactional(readOnly = true)
	public Optional<Revision> numbered(EntryType type, String key, long number) {
		if (number < 1) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + " WHERE entry_type = ? AND entry_key = ? ORDER BY entry_version, id OFFSET ? LIMIT 1")
			.params(type.name(), key, number - 1)
			.query((row, n) -> revision(row))
			.optional();
	}

	/** How many revisions an entry has: the number of its latest one. */
	@Transactional(readOnly = true)
	public long count(EntryType type, String key) {
		return jdbc.sql("SELECT count(*) FROM revision WHERE entry_type = ? AND entry_key = ?")
			.params(type.name(), key)
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	public Optional<Revision> latest(EntryType type, String key) {
		return jdbc.sql(SELECT + " WHERE entry_type = ? AND entry_key = ? ORDER BY entry_version DESC, id DESC LIMIT 1")
			.params(type.name(), key)
			.query((row, n) -> revision(row))
			.optional();
	}

	/** The most recent changes across the catalogue, newest first (the seed's imports left out). */
	@Transactional(readOnly = true)
	public List<Revision> recent(int limit) {
		return jdbc.sql(SELECT + " WHERE action <> 'IMPORTED' ORDER BY made_at DESC, id DESC LIMIT ?")
			.param(limit)
			.query((row, n) -> revision(row))
			.list();
	}

	/** The fields whose values differ from one snapshot to the other, in the later one's order. */
	private List<String> changedFields(Snapshot before, Snapshot after) {
		ObjectNode old = format.fields(before);
		ObjectNode now = format.fields(after);
		Set<String> fields = new LinkedHashSet<>(now.propertyNames());
		fields.addAll(old.propertyNames());
		List<String> changed = new ArrayList<>();
		for (String field : fields) {
			if (!Objects.equals(old.get(field), now.get(field))) {
				changed.add(field);
			}
		}
		return changed;
	}

	/**
	 * When the seed imported an entry. A partnership's row keeps that moment ({@code created_at}, written
	 * by its seed migration). A country's answer came with the seed's migrations ({@code db/seed}, named
	 * {@code V<n>__seed_<part>.sql}), whose time Flyway keeps without a zone, in the time zone of the session
	 * that ran them: the application's, as here.
	 */
	private Instant importedAt(EntryType type, String key) {
		JdbcClient.StatementSpec query = switch (type) {
			case PARTNERSHIP -> jdbc.sql("SELECT created_at FROM partnership WHERE id = CAST(? AS bigint)").param(key);
			case COUNTRY -> jdbc.sql("""
					SELECT max(installed_on) AT TIME ZONE current_setting('TimeZone') FROM %s
					WHERE success AND script LIKE 'V%%\\_\\_seed\\_%%'""".formatted(flywayTable));
		};
		return query.query((row, n) -> row.getTimestamp(1))
			.list()
			.stream()
			.filter(Objects::nonNull)
			.map(Timestamp::toInstant)
			.findFirst()
			.orElse(null);
	}

	private long insert(EntryType type, String key, long version, Action action, Author author, Snapshot snapshot,
			List<String> changed, Instant madeAt, String reason) {
		return jdbc.sql("""
				INSERT INTO revision (entry_type, entry_key, entry_version, action, author_id, author_name,
				                      author_country, changed_fields, snapshot, made_at, reason)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, coalesce(?::timestamptz, now()), ?)
				RETURNING id""")
			.params(type.name(), key, version, action.name(), author.accountId(), author.name(), author.countryCode(),
					changed.toArray(String[]::new), format.write(snapshot), madeAt == null ? null : Timestamp.from(madeAt),
					reason)
			.query(Long.class)
			.single();
	}

	private static void checkType(EntryType type, Snapshot snapshot) {
		boolean matches = switch (type) {
			case PARTNERSHIP -> snapshot instanceof PartnershipSnapshot;
			case COUNTRY -> snapshot instanceof CountrySnapshot;
		};
		if (!matches) {
			throw new IllegalArgumentException("A " + snapshot.getClass().getSimpleName() + " is not a " + type + " snapshot");
		}
	}

	private static final String SELECT = """
			SELECT id, entry_type, entry_key, entry_version, action, author_name, author_country, made_at,
			       changed_fields, snapshot::text AS snapshot, reason
			FROM revision""";

	private Revision revision(ResultSet row) throws SQLException {
		Array changed = row.getArray("changed_fields");
		EntryType type = EntryType.valueOf(row.getString("entry_type"));
		return new Revision(row.getLong("id"), type, row.getString("entry_key"), row.getLong("entry_version"),
				Action.valueOf(row.getString("action")), row.getString("author_name"), row.getString("author_country"),
				row.getTimestamp("made_at").toInstant(), Arrays.asList((String[]) changed.getArray()),
				format.read(type, row.getString("snapshot")), row.getString("reason"));
	}

}
