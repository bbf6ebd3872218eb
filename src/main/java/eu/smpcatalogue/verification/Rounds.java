package eu.smpcatalogue.verification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.smpcatalogue.history.EntryType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verification rounds. A country's entries in a round are those its contact points keep: the partnerships it
 * reports (or, when none reports one, of which it is a destination) and its own answer. An entry is done when
 * a check of it (or a contact point's save, which counts as one) falls between the round's opening and its
 * closing; the counts are read from the checks themselves, never kept apart.
 */
@Service
@Transactional
public class Rounds {

	/** The entries of each country of round :id, with their last check and whether it is within the round. */
	private static final String ENTRIES = """
			WITH round AS (SELECT * FROM verification_round WHERE id = :id),
			entries AS (
			    SELECT rc.country_code, 'PARTNERSHIP' AS entry_type, p.id::text AS entry_key,
			           '/partnerships/' || p.slug AS path, p.name_en, p.name_fr
			    FROM verification_round_country rc
			    JOIN partnership p ON NOT p.retired AND (p.reporting_country = rc.country_code
			        OR (p.reporting_country IS NULL AND EXISTS (SELECT 1 FROM partnership_destination_country d
			                                                   WHERE d.partnership_id = p.id AND d.country_code = rc.country_code)))
			    WHERE rc.round_id = :id
			    UNION ALL
			    SELECT rc.country_code, 'COUNTRY', c.code, '/countries/' || c.code, c.name_en, c.name_fr
			    FROM verification_round_country rc JOIN country c ON c.code = rc.country_code
			    WHERE rc.round_id = :id)
			SELECT e.*, c.name_en AS country_en, c.name_fr AS country_fr,
			       (SELECT max(v.verified_at) FROM verification v
			        WHERE v.entry_type = e.entry_type AND v.entry_key = e.entry_key) AS last_verified,
			       EXISTS (SELECT 1 FROM verification v, round r
			               WHERE v.entry_type = e.entry_type AND v.entry_key = e.entry_key AND v.verified_at >= r.opened_at
			                 AND (r.closed_at IS NULL OR v.verified_at <= r.closed_at)) AS done
			FROM entries e JOIN country c ON c.code = e.country_code
			ORDER BY c.name_en, e.entry_type DESC, coalesce(e.name_en, e.name_fr)""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Rounds(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Opens a round and tells the contact points of its countries. */
	public long open(String name, LocalDate deadline, List<String> countries, String openedBy) {
		long id = jdbc.sql("INSERT INTO verification_round (name, deadline, opened_by) VALUES (:name, :deadline, :by) RETURNING id")
			.param("name", name.strip())
			.param("deadline", deadline)
			.param("by", openedBy)
			.query(Long.class)
			.single();
		for (String country : countries) {
			jdbc.sql("INSERT INTO verification_round_country (round_id, country_code) VALUES (?, ?) ON CONFLICT DO NOTHING")
				.params(id, country)
				.update();
		}
		events.publishEvent(new RoundOpened(id, name.strip(), deadline, List.copyOf(countries), false));
		return id;
	}

	/** Closes an open round: its counts stop, and its page becomes public. False when it was closed already. */
	public boolean close(long id) {
		return jdbc.sql("UPDATE verification_round SET closed_at = now() WHERE id = ? AND closed_at IS NULL").param(id).update() == 1;
	}

	@Transactional(readOnly = true)
	public List<Round> all() {
		List<Long> ids = jdbc.sql("SELECT id FROM verification_round ORDER BY opened_at DESC, id DESC").query(Long.class).list();
		List<Round> rounds = new ArrayList<>();
		for (long id : ids) {
			find(id).ifPresent(rounds::add);
		}
		return rounds;
	}

	@Transactional(readOnly = true)
	public Optional<Round> find(long id) {
		return jdbc.sql("SELECT * FROM verification_round WHERE id = ?").param(id).query((rs, n) -> round(rs)).optional();
	}

	/** The open rounds that include this country, for its contact points. */
	@Transactional(readOnly = true)
	public List<Round> openFor(String country) {
		return jdbc.sql("""
				SELECT r.* FROM verification_round r JOIN verification_round_country rc ON rc.round_id = r.id
				WHERE r.closed_at IS NULL AND rc.country_code = ? ORDER BY r.deadline, r.id""")
			.param(country)
			.query((rs, n) -> round(rs))
			.list();
	}

	/** A country's entries in a round, with what has been checked: a contact point's list to work through. */
	@Transactional(readOnly = true)
	public List<RoundEntry> entries(long id, String country) {
		return jdbc.sql(ENTRIES)
			.param("id", id)
			.query((rs, n) -> rs.getString("country_code").equals(country) ? entry(rs) : null)
			.list()
			.stream()
			.filter(entry -> entry != null)
			.toList();
	}

	/**
	 * Tells, once, the contact points of the open rounds whose deadline is three days away or less, for the
	 * countries that still have entries left. Answers how many rounds it reminded of.
	 */
	public int remindOfDeadlines() {
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		List<Long> due = jdbc.sql("""
				UPDATE verification_round SET reminded_at = now()
				WHERE closed_at IS NULL AND reminded_at IS NULL AND deadline <= :limit AND deadline >= :today RETURNING id""")
			.param("limit", today.plusDays(3))
			.param("today", today)
			.query(Long.class)
			.list();
		for (long id : due) {
			find(id).ifPresent(round -> {
				List<String> left = round.countries()
					.stream()
					.filter(country -> country.done() < country.total())
					.map(Round.CountryProgress::code)
					.toList();
				if (!left.isEmpty()) {
					events.publishEvent(new RoundOpened(round.id(), round.name(), round.deadline(), left, true));
				}
			});
		}
		return due.size();
	}

	private Round round(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		Map<String, int[]> counts = new LinkedHashMap<>();
		Map<String, String[]> names = new LinkedHashMap<>();
		jdbc.sql(ENTRIES).param("id", id).query((row, n) -> {
			String code = row.getString("country_code");
			int[] count = counts.computeIfAbsent(code, key -> new int[2]);
			names.putIfAbsent(code, new String[] { row.getString("country_en"), row.getString("country_fr") });
			count[1]++;
			if (row.getBoolean("done")) {
				count[0]++;
			}
			return code;
		}).list();
		List<Round.CountryProgress> countries = new ArrayList<>();
		counts.forEach((code, count) -> countries
			.add(new Round.CountryProgress(code, names.get(code)[0], names.get(code)[1], count[0], count[1])));
		return new Round(id, rs.getString("name"), rs.getObject("deadline", LocalDate.class), instant(rs, "opened_at"),
				rs.getString("opened_by"), instant(rs, "closed_at"), countries);
	}

	private static RoundEntry entry(ResultSet rs) throws SQLException {
		return new RoundEntry(EntryType.valueOf(rs.getString("entry_type")), rs.getString("path"), rs.getString("name_en"),
				rs.getString("name_fr"), instant(rs, "last_verified"), rs.getBoolean("done"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
