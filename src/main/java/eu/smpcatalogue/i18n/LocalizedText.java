package eu.smpcatalogue.i18n;

import java.util.Locale;

import jakarta.persistence.Embeddable;

/**
 * A text in English and French. The French is the source's language; a missing translation falls
 * back to the other language, and {@link #isTranslationMissing(Locale)} says so.
 */
@Embeddable
public record LocalizedText(String en, String fr) {

	public String in(Locale locale) {
		String preferred = isFrench(locale) ? fr : en;
		String other = isFrench(locale) ? en : fr;
		return hasText(preferred) ? preferred : other;
	}

	public boolean isTranslationMissing(Locale locale) {
		return !hasText(isFrench(locale) ? fr : en) && !isEmpty();
	}

	public boolean isEmpty() {
		return !hasText(en) && !hasText(fr);
	}

	private static boolean isFrench(Locale locale) {
		return locale != null && "fr".equals(locale.getLanguage());
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

}
