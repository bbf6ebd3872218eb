package eu.smpcatalogue.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Refuses sign-in for a while after repeated failures, per account and per address, and never for
 * longer than the block: the rightful user is not locked out for good. Kept in the database so that
 * every instance of the catalogue sees the same count.
 * <p>
 * An attempt is counted before its password is checked ({@link #reserve}): one atomic statement per
 * subject admits it only while the failures and the attempts still being checked stay under the limit,
 * so that parallel attempts cannot all pass a limit none of them has reached yet. When the check ends
 * the attempt becomes a failure ({@link #recordFailure}), clears the account's failures
 * ({@link #recordSuccess}), or is given back unchecked ({@link #release}). Attempts counted as being
 * checked that nothing has touched for a minute are left over from a stopped instance and no longer
 * count.
 */
@Component
class LoginThrottle {

	static final int FAILURES_PER_ACCOUNT = 5;

	static final int FAILURES_PER_ADDRESS = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration BLOCK = Duration.ofMinutes(15);

	/** Far longer than an attempt can wait for its turn and be checked. */
	static final Duration IN_FLIGHT = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	boolean isBlocked(String username, String address) {
		Instant now = clock.instant();
		return jdbc.sql("SELECT count(*) FROM login_throttle WHERE subject IN (:account, :address) AND blocked_until > :now")
			.param("account", accountSubject(username))
			.param("address", addressSubject(address))
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Counts an attempt as being checked, for the account and for the address, or refuses it (counting
	 * nothing) when either is blocked or has no attempt left in its window.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean reserve(String username, String address) {
		if (reserve(accountSubject(username), FAILURES_PER_ACCOUNT) && reserve(addressSubject(address), FAILURES_PER_ADDRESS)) {
			return true;
		}
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		return false;
	}

	/** The attempt failed: it counts as a failure, and the limit reached starts the block. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailure(String username, String address) {
		fail(accountSubject(username), FAILURES_PER_ACCOUNT);
		fail(addressSubject(address), FAILURES_PER_ADDRESS);
	}

	/** The attempt succeeded: the account's failures are cleared; the address's failures stay. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSuccess(String username, String address) {
		jdbc.sql("""
				UPDATE login_throttle SET failures = 0, window_started_at = :now, blocked_until = NULL,
				       pending = greatest(pending - 1, 0)
				WHERE subject = :subject""")
			.param("subject", accountSubject(username))
			.param("now", Timestamp.from(clock.instant()))
			.update();
		giveBack(addressSubject(address));
	}

	/** The attempt was not checked (no turn, or a fault): it counts for nothing. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void release(String username, String address) {
		giveBack(accountSubject(username));
		giveBack(addressSubject(address));
	}

	/**
	 * One statement, so that the row's lock makes parallel attempts take their places one after the
	 * other: a new window once the last has passed (or held no failure), and no row back when the
	 * subject is blocked or its failures and attempts in flight have reached the limit.
	 */
	private boolean reserve(String subject, int limit) {
		Instant now = clock.instant();
		return jdbc.sql("""
				INSERT INTO login_throttle AS t (subject, failures, window_started_at, pending, last_reserved_at)
				VALUES (:subject, 0, :now, 1, :now)
				ON CONFLICT (subject) DO UPDATE SET
				  failures = CASE WHEN t.window_started_at < :windowStart THEN 0 ELSE t.failures END,
				  window_started_at = CASE WHEN t.window_started_at < :windowStart OR t.failures = 0 THEN :now
				                      ELSE t.window_started_at END,
				  pending = CASE WHEN t.last_reserved_at >= :inFlightSince THEN t.pending ELSE 0 END + 1,
				  last_reserved_at = :now,
				  blocked_until = NULL
				WHERE NOT coalesce(t.blocked_until > :now, false)
				  AND CASE WHEN t.window_started_at < :windowStart THEN 0 ELSE t.failures END
				      + CASE WHEN t.last_reserved_at >= :inFlightSince THEN t.pending ELSE 0 END < :limit
				RETURNING t.pending""")
			.param("subject", subject)
			.param("now", Timestamp.from(now))
			.param("windowStart", Timestamp.from(now.minus(WINDOW)))
			.param("inFlightSince", Timestamp.from(now.minus(IN_FLIGHT)))
			.param("limit", limit)
			.query(Integer.class)
			.optional()
			.isPresent();
	}

	private void fail(String subject, int limit) {
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO login_throttle AS t (subject, failures, window_started_at, blocked_until)
				VALUES (:subject, 1, :now, CASE WHEN 1 >= :limit THEN CAST(:until AS timestamptz) END)
				ON CONFLICT (subject) DO UPDATE SET
				  failures = t.failures + 1,
				  pending = greatest(t.pending - 1, 0),
				  blocked_until = CASE WHEN t.failures + 1 >= :limit THEN CAST(:until AS timestamptz) ELSE t.blocked_until END""")
			.param("subject", subject)
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(now.plus(BLOCK)))
			.param("limit", limit)
			.update();
	}

	private void giveBack(String subject) {
		jdbc.sql("UPDATE login_throttle SET pending = greatest(pending - 1, 0) WHERE subject = ?").param(subject).update();
	}

	/**
	 * Whatever was typed as the username: NUL characters (which PostgreSQL cannot store) dropped, and a
	 * name longer than any account's replaced by its digest, so that any guess is counted, none fails.
	 */
	private static String accountSubject(String username) {
		String name = username == null ? "" : username.replace("\u0000", "").strip().toLowerCase(Locale.ROOT);
		return "account:" + (name.length() <= 100 ? name : "sha256:" + HexFormat.of().formatHex(sha256(name)));
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String addressSubject(String address) {
		return "address:" + address;
	}

}
