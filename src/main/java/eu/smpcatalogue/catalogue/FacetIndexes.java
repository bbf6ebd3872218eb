package eu.smpcatalogue.catalogue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link FacetIndex} of a catalogue version from the newest one this instance holds, re-reading
 * only the partnerships that the versions in between changed (the {@code catalogue_change} log, migration
 * V67), so that the first reader after an edit pays for the edited entries, not for the whole catalogue.
 * The index is read in full on the first request, after a change that may touch any entry (reference data,
 * bulk writes), or when the newest index is older than the log is sure to reach back.
 */
@Component
class FacetIndexes {

	/** How long the log keeps a change; an index older than half of it is not brought forward. */
	static final Duration LOG_KEPT = Duration.ofDays(1);

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final AtomicReference<FacetIndex> newest = new AtomicReference<>();

	FacetIndexes(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The index of catalogue version {@code version}; null when ids do not fit in bitmaps (counted in SQL then). */
	FacetIndex at(long version) {
		FacetIndex previous = newest.get();
		FacetIndex index = previous != null && previous.version() <= version
				&& previous.builtAt().plus(LOG_KEPT.dividedBy(2)).isAfter(clock.instant())
						? broughtForward(previous, version) : null;
		if (index == null) {
			index = FacetIndex.read(jdbc, version, clock.instant());
		}
		// A transaction that has written (an edit rendering a page) sees its own changes, which may yet be rolled
		// back along with their entries in the log: its index serves it, but is never brought forward.
		if (index != null && !writing()) {
			FacetIndex built = index;
			newest.accumulateAndGet(built, (held, candidate) -> held == null || candidate.version() > held.version() ? candidate : held);
		}
		return index;
	}

	private FacetIndex broughtForward(FacetIndex previous, long version) {
		List<Long> changed = jdbc.query("""
				SELECT DISTINCT partnership_id FROM catalogue_change WHERE version > :since AND version <= :until
				ORDER BY partnership_id NULLS FIRST LIMIT :most""",
				new MapSqlParameterSource().addValue("since", previous.version()).addValue("until", version)
					.addValue("most", FacetIndex.MOST_REREAD + 1),
				(row, n) -> row.getObject(1, Long.class));
		if (changed.size() > FacetIndex.MOST_REREAD || changed.stream().anyMatch(Objects::isNull)) {
			return null;
		}
		return previous.updatedTo(jdbc, version, changed, clock.instant());
	}

	private boolean writing() {
		return Boolean.TRUE.equals(jdbc.getJdbcOperations().queryForObject("SELECT txid_current_if_assigned() IS NOT NULL",
				Boolean.class));
	}

	/** Every instance forgets old changes; deleting rows by age twice is harmless. */
	@Scheduled(cron = "${smp.catalogue.change-log-cleanup-cron:0 17 * * * *}")
	void forgetOldChanges() {
		jdbc.update("DELETE FROM catalogue_change WHERE noted_at < now() - make_interval(secs => :kept)",
				new MapSqlParameterSource("kept", LOG_KEPT.toSeconds()));
	}

}
