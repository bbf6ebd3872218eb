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

/**
 * Refuses sign-in for a while after repeated failures, per account and per address, and never for
 * longer than the block: the rightful user is not locked out for good. Kept in the database so that
 * every instance of the catalogue sees the same count.
 */
@Component
class LoginThrottle {

	static final int FAILURES_PER_ACCOUNT = 5;

	static final int FAILURES_PER_ADDRESS = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration BLOCK = Duration.ofMinutes(15);

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

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailure(String username, String address) {
		record(accountSubject(username), FAILURES_PER_ACCOUNT);
		record(addressSubject(address), FAILURES_PER_ADDRESS);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSuccess(String username) {
		jdbc.sql("DELETE FROM login_throttle WHERE subject = ?").param(accountSubject(username)).update();
	}

	/** Counts a failure in the current window (a new window once it has passed) and blocks at the limit. */
	private void record(String subject, int limit) {
		Timestamp now = Timestamp.from(clock.instant());
		Timestamp windowStart = Timestamp.from(clock.instant().minus(WINDOW));
		Timestamp blockedUntil = Timestamp.from(clock.instant().plus(BLOCK));
		jdbc.sql("""
				INSERT INTO login_throttle (subject, failures, window_started_at) VALUES (:subject, 1, :now)
				ON CONFLICT (subject) DO UPDATE SET
				  failures = CASE WHEN login_throttle.window_started_at < :windowStart THEN 1 ELSE login_throttle.failures + 1 END,
				  window_started_at = CASE WHEN login_throttle.window_started_at < :windowStart THEN :now
				                      ELSE login_throttle.window_started_at END""")
			.param("subject", subject)
			.param("now", now)
			.param("windowStart", windowStart)
			.update();
		jdbc.sql("UPDATE login_throttle SET blocked_until = :until WHERE subject = :subject AND failures >= :limit")
			.param("until", blockedUntil)
			.param("subject", subject)
			.param("limit", limit)
			.update();
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
