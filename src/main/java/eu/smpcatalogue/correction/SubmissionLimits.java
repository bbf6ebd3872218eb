package eu.smpcatalogue.correction;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many suggestions the catalogue takes in an hour, from one address and in all, counted in the
 * database that every instance shares. A submission takes its place with one atomic statement per
 * subject, within the transaction that stores it: the row stays locked until that transaction ends, so
 * parallel submissions take their places one after the other and cannot all pass a limit none of them
 * had reached yet; a refused or failed submission rolls its places back.
 */
@Component
class SubmissionLimits {

	static final Duration WINDOW = Duration.ofHours(1);

	static final String EVERYONE = "everyone";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int perAddress;

	private final int inAll;

	SubmissionLimits(JdbcClient jdbc, Clock clock,
			@Value("${smp.corrections.per-address-per-hour:5}") int perAddress,
			@Value("${smp.corrections.per-hour:100}") int inAll) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.perAddress = perAddress;
		this.inAll = inAll;
	}

	int perAddress() {
		return perAddress;
	}

	int inAll() {
		return inAll;
	}

	/**
	 * Counts one submission for the address (a digest) and for everyone, or answers false when either has
	 * none left in its window; the caller then rolls back. Always the address first, then everyone: every
	 * submission locks the rows in the same order.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean reserve(String addressDigest) {
		boolean admitted = take("address:" + addressDigest, perAddress) && take(EVERYONE, inAll);
		if (admitted) {
			forgetOldAddresses();
		}
		return admitted;
	}

	private boolean take(String subject, int limit) {
		Instant now = clock.instant();
		return jdbc.sql("""
				INSERT INTO correction_limit AS l (subject, window_started_at, submissions)
				VALUES (:subject, :now, 1)
				ON CONFLICT (subject) DO UPDATE SET
				  submissions = CASE WHEN l.window_started_at <= :windowStart THEN 1 ELSE l.submissions + 1 END,
				  window_started_at = CASE WHEN l.window_started_at <= :windowStart THEN :now ELSE l.window_started_at END
				WHERE l.window_started_at <= :windowStart OR l.submissions < :limit
				RETURNING submissions""")
			.param("subject", subject)
			.param("now", Timestamp.from(now))
			.param("windowStart", Timestamp.from(now.minus(WINDOW)))
			.param("limit", limit)
			.query(Integer.class)
			.optional()
			.filter(count -> count <= limit)
			.isPresent();
	}

	/** Addresses whose window passed long ago count for nothing: their rows go. */
	private void forgetOldAddresses() {
		jdbc.sql("DELETE FROM correction_limit WHERE subject LIKE 'address:%' AND window_started_at < ?")
			.param(Timestamp.from(clock.instant().minus(WINDOW.multipliedBy(24))))
			.update();
	}

}
