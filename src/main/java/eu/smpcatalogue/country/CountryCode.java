package eu.smpcatalogue.country;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads country codes as people type them: ISO 3166-1 alpha-2, or EMN's own where it differs. */
public final class CountryCode {

	private static final Pattern TWO_LETTERS = Pattern.compile("[A-Za-z]{2}");

	/** EMN writes Greece as EL (and the United Kingdom as UK); ISO says GR (and GB). */
	private static final Map<String, String> EMN_TO_ISO = Map.of("EL", "GR", "UK", "GB");

	private CountryCode() {
	}

	/** The ISO code for a typed code, or empty if it is not two letters. */
	public static Optional<String> parse(String code) {
		if (code == null || !TWO_LETTERS.matcher(code).matches()) {
			return Optional.empty();
		}
		String upper = code.toUpperCase(Locale.ROOT);
		return Optional.of(EMN_TO_ISO.getOrDefault(upper, upper));
	}

}
