package eu.smpcatalogue.catalogue;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.smpcatalogue.catalogue.CataloguePage.ActiveFilter;
import eu.smpcatalogue.catalogue.CataloguePage.FacetView;
import eu.smpcatalogue.catalogue.CataloguePage.Option;
import eu.smpcatalogue.catalogue.CatalogueSearch.FacetCount;

import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/** Browsing the catalogue: from a URL's parameters to the page of results with its facets. */
@Service
class Catalogue {

	static final int MAX_OPTIONS = 100;

	private final CatalogueSearch search;

	Catalogue(CatalogueSearch search) {
		this.search = search;
	}

	CataloguePage browse(MultiValueMap<String, String> parameters, Locale locale) {
		ReferenceData reference = search.referenceData();
		CatalogueFilter filter = CatalogueFilter.parse(parameters, reference);
		CatalogueSearch.Result result = search.search(filter, reference, locale);
		if (filter.page() > 1 && result.items().isEmpty()) {
			throw new PageOutOfRangeException(filter.page(), result.total(), filter.withPage(1));
		}
		return new CataloguePage(filter, result.total(), result.items(), facetViews(filter, result, reference, locale),
				activeFilters(filter, reference, locale), result.markedSummaries());
	}

	private static List<ActiveFilter> activeFilters(CatalogueFilter filter, ReferenceData reference, Locale locale) {
		List<ActiveFilter> active = new ArrayList<>();
		filter.selections().forEach((facet, values) -> values.forEach(value -> active.add(new ActiveFilter(
				facet.parameter(), value, reference.nameOf(facet, value, locale), filter.without(facet, value)))));
		return active;
	}

	private static List<FacetView> facetViews(CatalogueFilter filter, CatalogueSearch.Result result,
			ReferenceData reference, Locale locale) {
		List<FacetView> views = new ArrayList<>();
		for (Facet facet : Facet.values()) {
			Map<String, FacetCount> counts = new HashMap<>();
			result.counts().getOrDefault(facet, List.of()).forEach(count -> counts.put(count.value(), count));
			filter.selected(facet).forEach(value -> counts.putIfAbsent(value, new FacetCount(value, 0, 0)));
			boolean facetHasSelection = !filter.selected(facet).isEmpty();
			List<Option> options = new ArrayList<>();
			counts.values().forEach(count -> {
				boolean selected = filter.isSelected(facet, count.value());
				long wouldGive = (!facetHasSelection || selected) ? count.withValue() : result.total() + count.added();
				options.add(new Option(count.value(), reference.nameOf(facet, count.value(), locale), wouldGive, selected,
						filter.toggle(facet, count.value())));
			});
			views.add(new FacetView(facet.parameter(), mostUsed(options).stream().sorted(order(facet, locale)).toList()));
		}
		return views;
	}

	/**
	 * A facet lists its {@value #MAX_OPTIONS} values that would give the most results, and every
	 * selected one: with tens of thousands of entries, organisations alone would make the page weigh
	 * megabytes. (The seeded catalogue has fewer values than that in every facet.)
	 */
	private static List<Option> mostUsed(List<Option> options) {
		if (options.size() <= MAX_OPTIONS) {
			return options;
		}
		List<Option> kept = new ArrayList<>(options.stream().filter(Option::selected).toList());
		options.stream()
			.filter(option -> !option.selected())
			.sorted(Comparator.comparingLong(Option::count).reversed())
			.limit(Math.max(0, MAX_OPTIONS - kept.size()))
			.forEach(kept::add);
		return kept;
	}

	/**
	 * Enumerated values in their natural order; ISCO groups by code, so that each group comes just before the
	 * groups inside it; named ones alphabetically in the reader's language.
	 */
	private static Comparator<Option> order(Facet facet, Locale locale) {
		if (facet.source() == Facet.Values.OCCUPATION) {
			return Comparator.comparing(Option::value);
		}
		if (facet.source() == Facet.Values.ENUM) {
			return Comparator.comparingInt(option -> ReferenceData.enumPosition(facet, option.value()));
		}
		Collator collator = Collator.getInstance(locale);
		return Comparator.comparing(option -> option.name() == null ? option.value() : option.name(), collator);
	}

}
