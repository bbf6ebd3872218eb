package eu.smpcatalogue.catalogue;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.smpcatalogue.i18n.LocalizedText;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any query string at all: the filter is read or refused with a reader's message (never another
 * exception), what it accepts is within bounds, and its own links read back to the same filter. The
 * inputs under src/test/resources replay in every build; {@code JAZZER_FUZZ=1} explores further.
 */
class CatalogueFilterFuzzTest {

	static final List<String> NAMES = List.of("destination", "origin", "region", "sector", "kind", "category", "status", "skill",
			"funder", "implementer", "element", "from", "to", "q", "sort", "page", "size", "lang", "other");

	private static final ReferenceData REFERENCE = ReferenceData.empty();

	static {
		REFERENCE.add("COUNTRY", "MA", new LocalizedText("Morocco", "Maroc"));
		REFERENCE.add("COUNTRY", "GR", new LocalizedText("Greece", "Grèce"));
		REFERENCE.add("REGION", "maghreb", new LocalizedText("Maghreb", "Maghreb"));
		REFERENCE.add("SECTOR", "ict", new LocalizedText("ICT", "TIC"));
		REFERENCE.add("ORGANISATION", "giz", new LocalizedText("GIZ", "GIZ"));
	}

	@FuzzTest(maxDuration = "30s")
	void anyParametersAreReadOrRefusedCleanly(FuzzedDataProvider data) {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		int count = data.consumeInt(0, 12);
		for (int i = 0; i < count; i++) {
			parameters.add(data.pickValue(NAMES), data.consumeString(300));
		}
		CatalogueFilter filter;
		try {
			filter = CatalogueFilter.parse(parameters, REFERENCE);
		}
		catch (InvalidFilterException refused) {
			return;
		}
		assertThat(filter.pageSize()).isBetween(1, CatalogueFilter.MAX_PAGE_SIZE);
		assertThat(filter.page()).isPositive();
		assertThat(filter.offset()).isNotNegative();
		if (filter.query() != null) {
			assertThat(filter.query().length()).isLessThanOrEqualTo(CatalogueFilter.MAX_QUERY_LENGTH);
		}
		assertThat(CatalogueFilter.parse(filter.toParameters(), REFERENCE)).isEqualTo(filter);
	}

}
