package eu.smpcatalogue.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Long passwords welcome, no composition rules (NIST SP 800-63B, OWASP ASVS): at least 12 characters,
 * at most 256, and none of the common passwords bundled with the application.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 256;

	private final Set<String> common;

	PasswordPolicy() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			this.common = reader.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void check(String field, String password) {
		int length = password == null ? 0 : password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			throw new AccountRuleException(field, "account.password.tooShort");
		}
		if (length > MAX_LENGTH) {
			throw new AccountRuleException(field, "account.password.tooLong");
		}
		if (common.contains(password.toLowerCase(Locale.ROOT))) {
			throw new AccountRuleException(field, "account.password.common");
		}
	}

}
