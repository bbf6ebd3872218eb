package eu.smpcatalogue.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time links that let a person set their password: an invitation for a new account, or a reset they
 * asked for. The token is 256 random bits; only its SHA-256 is stored. A link works once, until it expires.
 */
@Component
class PasswordLinks {

	static final Duration VALIDITY = Duration.ofHours(72);

	/** At most one reset link per account in this time, so that nobody can flood a person's mailbox. */
	static final Duration RESET_GAP = Duration.ofMinutes(5);

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	PasswordLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new link for the account; the path to give the person ({@code /password-links/<token>}). */
	String issue(long accountId, PasswordLinkIssued.Purpose purpose) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				INSERT INTO password_link (token_hash, account_id, purpose, expires_at)
				VALUES (:hash, :account, :purpose, now() + make_interval(secs => :seconds))""")
			.param("hash", hash(token))
			.param("account", accountId)
			.param("purpose", purpose.name())
			.param("seconds", VALIDITY.toSeconds())
			.update();
		return "/password-links/" + token;
	}

	/**
	 * Whether a reset link may be sent to this account now. Takes a lock on the account's row so that
	 * parallel requests for one account are answered one after the other and only the first sends.
	 */
	boolean resetMaySend(long accountId) {
		jdbc.sql("SELECT id FROM account WHERE id = :id FOR UPDATE").param("id", accountId).query(Long.class).optional();
		return jdbc.sql("""
				SELECT count(*) = 0 FROM password_link
				WHERE account_id = :account AND purpose = 'RESET' AND created_at > now() - make_interval(secs => :gap)""")
			.param("account", accountId)
			.param("gap", RESET_GAP.toSeconds())
			.query(Boolean.class)
			.single();
	}

	/** The account a link still open belongs to. */
	Optional<Long> accountOf(String token) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT account_id FROM password_link WHERE token_hash = :hash AND used_at IS NULL AND expires_at > now()")
			.param("hash", hash(token))
			.query(Long.class)
			.optional();
	}

	/**
	 * Marks the link used and returns its account, if it was still open: of two people following one link at
	 * once, only one gets it. Every other open link of the account closes too.
	 */
	Optional<Long> use(String token) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		Optional<Long> account = jdbc.sql("""
				UPDATE password_link SET used_at = now()
				WHERE token_hash = :hash AND used_at IS NULL AND expires_at > now() RETURNING account_id""")
			.param("hash", hash(token))
			.query(Long.class)
			.optional();
		account.ifPresent(id -> jdbc.sql("UPDATE password_link SET used_at = now() WHERE account_id = :id AND used_at IS NULL")
			.param("id", id)
			.update());
		return account;
	}

	private static boolean wellFormed(String token) {
		return token != null && token.matches("[A-Za-z0-9_-]{43}");
	}

	private static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
