package eu.smpcatalogue.history;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of every entry: each save is a revision holding the whole entry as a snapshot, so that
 * any two revisions can be compared and any one brought back. Snapshots are plain field → value maps;
 * this feature knows nothing of what the fields mean.
 */
@Service
@Transactional
public class History {

	private static final TypeReference<Map<String, Object>> SNAPSHOT = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	History(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Records a new state of an entry. The first edit of an entry that only the seed has written records
	 * the state it replaces first, so that every change can be compared and undone.
	 */
	public void record(EntryType type, String key, long version, Action action, Author author,
			Map<String, Object> snapshot, Map<String, Object> before, long versionBefore) {
		if (latest(type, key).isEmpty() && before != null) {
			insert(type, key, versionBefore, Action.IMPORTED, Author.SEED, before, List.of());
		}
		List<String> changed = latest(type, key).map(previous -> changedFields(previous.snapshot(), snapshot))
			.orElse(List.copyOf(snapshot.keySet()));
		insert(type, key, version, action, author, snapshot, changed);
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
	public static List<FieldChange> diff(Map<String, Object> before, Map<String, Object> after) {
		Set<String> fields = new LinkedHashSet<>(after.keySet());
		fields.addAll(before.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			Object old = before.get(field);
			Object now = after.get(field);
			if (!Objects.equals(normalise(old), normalise(now))) {
				changes.add(new FieldChange(field, readable(old), readable(now)));
			}
		}
		return changes;
	}

	private static List<String> changedFields(Map<String, Object> before, Map<String, Object> after) {
		return diff(before, after).stream().map(FieldChange::field).toList();
	}

	/** Empty text, empty lists and absent values are the same "nothing". */
	private static Object normalise(Object value) {
		if (value == null || (value instanceof String text && text.isBlank())
				|| (value instanceof List<?> list && list.isEmpty())) {
			return null;
		}
		return value;
	}

	private static String readable(Object value) {
		if (normalise(value) == null) {
			return "";
		}
		if (value instanceof List<?> list) {
			return list.stream().map(History::readable).collect(Collectors.joining("\n"));
		}
		if (value instanceof Map<?, ?> map) {
			return map.values()
				.stream()
				.filter(v -> normalise(v) != null)
				.map(History::readable)
				.collect(Collectors.joining(" · "));
		}
		return value.toString();
	}

	private void insert(EntryType type, String key, long version, Action action, Author author,
			Map<String, Object> snapshot, List<String> changed) {
		jdbc.sql("""
				INSERT INTO revision (entry_type, entry_key, entry_version, action, author_id, author_name,
				                      author_country, changed_fields, snapshot)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
			.params(type.name(), key, version, action.name(), author.accountId(), author.name(), author.countryCode(),
					changed.toArray(String[]::new), json.writeValueAsString(snapshot))
			.update();
	}

	private static final String SELECT = """
			SELECT id, entry_type, entry_key, entry_version, action, author_name, author_country, made_at,
			       changed_fields, snapshot::text AS snapshot
			FROM revision""";

	private Revision revision(ResultSet row) throws SQLException {
		Array changed = row.getArray("changed_fields");
		return new Revision(row.getLong("id"), EntryType.valueOf(row.getString("entry_type")), row.getString("entry_key"),
				row.getLong("entry_version"), Action.valueOf(row.getString("action")), row.getString("author_name"),
				row.getString("author_country"), row.getTimestamp("made_at").toInstant(),
				Arrays.asList((String[]) changed.getArray()), json.readValue(row.getString("snapshot"), SNAPSHOT));
	}

}
