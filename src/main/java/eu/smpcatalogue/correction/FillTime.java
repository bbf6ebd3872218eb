package eu.smpcatalogue.correction;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The time a correction form was opened, signed, in a hidden field: a form sent back sooner than a person
 * can read and type ({@link #MINIMUM}) is refused, as is one whose time was altered or is too old. The key
 * is kept in the database, so that a form opened on one instance may be sent to another.
 */
@Component
class FillTime {

	static final Duration MINIMUM = Duration.ofSeconds(3);

	/** Long enough to write a careful suggestion, with a break. */
	static final Duration MAXIMUM = Duration.ofHours(24);

	enum Verdict {

		IN_TIME, TOO_FAST, EXPIRED, UNREADABLE

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile byte[] key;

	FillTime(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** For a form opened now. */
	String start() {
		return startedAt(clock.instant());
	}

	/** For a form opened at {@code time}. */
	String startedAt(Instant time) {
		String millis = Long.toString(time.toEpochMilli());
		return millis + "." + sign(millis);
	}

	Verdict check(String started) {
		if (started == null || started.length() > 100) {
			return Verdict.UNREADABLE;
		}
		int dot = started.indexOf('.');
		if (dot < 1 || !started.substring(0, dot).matches("\\d{1,18}")) {
			return Verdict.UNREADABLE;
		}
		String millis = started.substring(0, dot);
		byte[] given = started.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(given, sign(millis).getBytes(StandardCharsets.US_ASCII))) {
			return Verdict.UNREADABLE;
		}
		Duration taken = Duration.between(Instant.ofEpochMilli(Long.parseLong(millis)), clock.instant());
		if (taken.compareTo(MINIMUM) < 0) {
			return Verdict.TOO_FAST;
		}
		return taken.compareTo(MAXIMUM) > 0 ? Verdict.EXPIRED : Verdict.IN_TIME;
	}

	/** A keyed digest of a sender's address: the limits count addresses without keeping them. */
	String digest(String address) {
		return HexFormat.of().formatHex(mac(("address:" + address).getBytes(StandardCharsets.UTF_8)), 0, 20);
	}

	private String sign(String millis) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(("correction-form:" + millis).getBytes(StandardCharsets.UTF_8)));
	}

	private byte[] mac(byte[] message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return mac.doFinal(message);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] key() {
		byte[] known = key;
		if (known == null) {
			known = HexFormat.of().parseHex(jdbc.sql("SELECT secret FROM correction_form_key").query(String.class).single());
			key = known;
		}
		return known;
	}

}
