package eu.smpcatalogue.catalogue;

import eu.smpcatalogue.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CatalogueFilterTest {

	private final ReferenceData reference = ReferenceData.empty();

	CatalogueFilterTest() {
		reference.add("COUNTRY", "MA", new LocalizedText("Morocco", "Maroc"));
		reference.add("COUNTRY", "TN", new LocalizedText("Tunisia", "Tunisie"));
		reference.add("COUNTRY", "GR", new LocalizedText("Greece", "Grèce"));
		reference.add("SECTOR", "ict", new LocalizedText("ICT", "TIC"));
	}

	@Test
	void readsFacetsSearchYearsSortAndPage() {
		CatalogueFilter filter = parse("origin=MA&origin=tn&sector=ICT&q= thamm &from=2019&to=2023&sort=start&page=2");
		assertThat(filter.selected(Facet.ORIGIN)).containsExactly("MA", "TN");
		assertThat(filter.selected(Facet.SECTOR)).containsExactly("ict");
		assertThat(filter.query()).isEqualTo("thamm");
		assertThat(filter.fromYear()).isEqualTo(2019);
		assertThat(filter.toYear()).isEqualTo(2023);
		assertThat(filter.sort()).isEqualTo(Sort.START);
		assertThat(filter.page()).isEqualTo(2);
		assertThat(filter.offset()).isEqualTo(20);
	}

	@Test
	void acceptsEmnCountryCodesAndIgnoresEmptyValues() {
		CatalogueFilter filter = parse("destination=EL&origin=&q=");
		assertThat(filter.selected(Facet.DESTINATION)).containsExactly("GR");
		assertThat(filter.selections()).doesNotContainKey(Facet.ORIGIN);
		assertThat(filter.isEmpty()).isFalse();
		assertThat(parse("q=&origin=").isEmpty()).isTrue();
	}

	@Test
	void sortsByRelevanceOnlyWhenSearching() {
		assertThat(parse("q=thamm").sort()).isEqualTo(Sort.RELEVANCE);
		assertThat(parse("").sort()).isEqualTo(Sort.NAME);
		assertThat(parse("sort=relevance").sort()).isEqualTo(Sort.NAME);
	}

	@Test
	void buildsLinksThatKeepEveryOtherFilter() {
		CatalogueFilter filter = parse("origin=MA&origin=TN&q=young people&page=3");
		assertThat(filter.without(Facet.ORIGIN, "MA")).isEqualTo("/partnerships?q=young+people&origin=TN");
		assertThat(filter.with(Facet.SECTOR, "ict")).isEqualTo("/partnerships?q=young+people&origin=MA&origin=TN&sector=ict");
		assertThat(filter.withPage(4)).isEqualTo("/partnerships?q=young+people&origin=MA&origin=TN&page=4");
		assertThat(filter.withoutQuery()).isEqualTo("/partnerships?origin=MA&origin=TN");
		assertThat(parse("q=a%26b%2Bc").toUrl()).isEqualTo("/partnerships?q=a%26b%2Bc");
	}

	@Test
	void refusesWhatCannotBe() {
		assertRefused("origin=ZZ", "catalogue.error.unknownValue");
		assertRefused("kind=treaty", "catalogue.error.unknownValue");
		assertRefused("page=0", "catalogue.error.notInRange");
		assertRefused("page=-1", "catalogue.error.notInRange");
		assertRefused("page=x", "catalogue.error.notInRange");
		assertRefused("size=101", "catalogue.error.notInRange");
		assertRefused("from=20", "catalogue.error.notAYear");
		assertRefused("from=2023&to=2019", "catalogue.error.yearsReversed");
		assertRefused("sort=price", "catalogue.error.unknownSort");
		assertRefused("q=a&q=b", "catalogue.error.repeated");
		assertRefused("q=" + "x".repeat(201), "catalogue.error.queryTooLong");
		assertRefused("q=a%00b", "catalogue.error.controlCharacters");
	}

	private void assertRefused(String query, String messageKey) {
		assertThatExceptionOfType(InvalidFilterException.class).isThrownBy(() -> parse(query))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo(messageKey));
	}

	private CatalogueFilter parse(String query) {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		for (String pair : query.split("&")) {
			if (!pair.isEmpty()) {
				String[] parts = pair.split("=", 2);
				parameters.add(parts[0], java.net.URLDecoder.decode(parts.length > 1 ? parts[1] : "",
						java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		return CatalogueFilter.parse(parameters, reference);
	}

}
