package eu.smpcatalogue.country;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountryCodeTest {

	@Test
	void readsIsoAndEmnCodesInAnyCase() {
		assertThat(CountryCode.parse("BE")).contains("BE");
		assertThat(CountryCode.parse("ma")).contains("MA");
		assertThat(CountryCode.parse("EL")).contains("GR");
		assertThat(CountryCode.parse("el")).contains("GR");
		assertThat(CountryCode.parse("XK")).contains("XK");
	}

	@Test
	void refusesWhatIsNotTwoLetters() {
		assertThat(CountryCode.parse("BEL")).isEmpty();
		assertThat(CountryCode.parse("1A")).isEmpty();
		assertThat(CountryCode.parse("")).isEmpty();
		assertThat(CountryCode.parse(null)).isEmpty();
		assertThat(CountryCode.parse("É1")).isEmpty();
	}

}
