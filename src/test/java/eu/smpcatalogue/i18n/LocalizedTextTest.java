package eu.smpcatalogue.i18n;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedTextTest {

	@Test
	void givesTheReadersLanguage() {
		LocalizedText text = new LocalizedText("Training", "Formation");
		assertThat(text.in(Locale.ENGLISH)).isEqualTo("Training");
		assertThat(text.in(Locale.FRENCH)).isEqualTo("Formation");
		assertThat(text.in(Locale.CANADA_FRENCH)).isEqualTo("Formation");
		assertThat(text.in(Locale.GERMAN)).isEqualTo("Training");
	}

	@Test
	void fallsBackToTheOtherLanguageAndSaysSo() {
		LocalizedText frenchOnly = new LocalizedText(null, "Formation");
		assertThat(frenchOnly.in(Locale.ENGLISH)).isEqualTo("Formation");
		assertThat(frenchOnly.isTranslationMissing(Locale.ENGLISH)).isTrue();
		assertThat(frenchOnly.isTranslationMissing(Locale.FRENCH)).isFalse();
		assertThat(new LocalizedText(" ", null).isEmpty()).isTrue();
		assertThat(new LocalizedText(null, null).isTranslationMissing(Locale.ENGLISH)).isFalse();
	}

}
