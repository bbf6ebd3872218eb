package eu.smpcatalogue.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import eu.smpcatalogue.partnership.PartnershipSummary;

import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/**
 * A reader's selection of partnerships, read from the same URL parameters as {@code /partnerships}: what
 * exports, the API, comparisons, statistics and the map work on, so that a person narrows down once.
 * Parameters that make no sense throw {@link InvalidFilterException} (a 400 for the caller to render).
 */
@Service
public class Selections {

	private final CatalogueSearch search;

	Selections(CatalogueSearch search) {
		this.search = search;
	}

	/** Every selected partnership's slug, in the catalogue's order (paging parameters ignored). */
	public Selection all(MultiValueMap<String, String> parameters, Locale locale) {
		CatalogueFilter filter = CatalogueFilter.parse(parameters, search.referenceData());
		List<String> slugs = search.matchingSlugs(filter, locale);
		return new Selection(slugs.size(), slugs, filter.withoutPaging(), List.of());
	}

	/** The selection's number and its {@code limit} most recently updated slugs, newest first (for feeds). */
	public Selection newest(MultiValueMap<String, String> parameters, int limit, Locale locale) {
		CatalogueFilter filter = CatalogueFilter.parse(parameters, search.referenceData());
		return new Selection(search.count(filter, locale), search.newestSlugs(filter, limit, locale), filter.withoutPaging(),
				List.of());
	}

	/** Every selected partnership's slug and last change, in the catalogue's order (for the sitemap). */
	public List<Tally.Stamped> stamped(MultiValueMap<String, String> parameters, Locale locale) {
		return search.stamped(CatalogueFilter.parse(parameters, search.referenceData()), locale);
	}

	/** The selection as URL parameters without paging ("origin=MA&amp;sector=health"). */
	public String query(MultiValueMap<String, String> parameters) {
		return CatalogueFilter.parse(parameters, search.referenceData()).withoutPaging();
	}

	/** The selection counted by value, by the database (for statistics and the map). */
	public Tally tally(MultiValueMap<String, String> parameters, Locale locale) {
		return search.tally(CatalogueFilter.parse(parameters, search.referenceData()), locale);
	}

	/** The selection's corridors, origin × destination, with their counts (for the map). */
	public List<Tally.Corridor> corridors(MultiValueMap<String, String> parameters, Locale locale) {
		return search.corridors(CatalogueFilter.parse(parameters, search.referenceData()), locale);
	}

	/** One page of the selection, with the facet counts the catalogue page shows. */
	public Page page(MultiValueMap<String, String> parameters, Locale locale) {
		ReferenceData reference = search.referenceData();
		CatalogueFilter filter = CatalogueFilter.parse(parameters, reference);
		CatalogueSearch.Result result = search.search(filter, reference, locale);
		List<FacetValues> facets = new ArrayList<>();
		result.counts().forEach((facet, counts) -> facets.add(new FacetValues(facet.parameter(),
				counts.stream().map(count -> new FacetValues.Value(count.value(), reference.nameOf(facet, count.value(), locale),
						count.withValue())).toList())));
		return new Page(result.total(), filter.page(), filter.pageSize(), result.items(), filter.withoutPaging(), facets);
	}

	/** The name of a facet's value from the data, or null where the message bundles name it. */
	public String valueName(String facetParameter, String value, Locale locale) {
		return Facet.ofParameter(facetParameter).map(facet -> search.referenceData().nameOf(facet, value, locale)).orElse(null);
	}

	/**
	 * The selected partnerships. {@code query} is the selection as URL parameters without paging (for
	 * links to the same selection as another page or format: "origin=MA&amp;sector=health").
	 */
	public record Selection(long total, List<String> slugs, String query, List<FacetValues> facets) {
	}

	public record Page(long total, int page, int pageSize, List<PartnershipSummary> items, String query,
			List<FacetValues> facets) {

		/**
		 * The facets as the catalogue page lists them: each facet's {@value Catalogue#MAX_OPTIONS} values with the
		 * most partnerships, and every value {@code parameters} select (at 100,000 entries, organisations alone
		 * would make an answer of a megabyte).
		 */
		public List<FacetValues> mostUsedFacets(MultiValueMap<String, String> parameters) {
			return facets.stream().map(facet -> {
				List<String> selected = parameters.getOrDefault(facet.facet(), List.of());
				List<FacetValues.Value> kept = new ArrayList<>(facet.values().stream()
					.filter(value -> selected.contains(value.value())).toList());
				facet.values().stream()
					.filter(value -> !selected.contains(value.value()))
					.sorted(Comparator.comparingLong(FacetValues.Value::count).reversed())
					.limit(Math.max(0, Catalogue.MAX_OPTIONS - kept.size()))
					.forEach(kept::add);
				// In the order the complete list has.
				Set<FacetValues.Value> keep = new HashSet<>(kept);
				return new FacetValues(facet.facet(), facet.values().stream().filter(keep::contains).toList());
			}).toList();
		}

	}

	/** A facet's values with the number of selected partnerships that have each (ignoring this facet's own selection). */
	public record FacetValues(String facet, List<Value> values) {

		public record Value(String value, String name, long count) {
		}

	}

}
