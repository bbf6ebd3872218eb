package eu.smpcatalogue.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.smpcatalogue.i18n.LocalizedText;

import eu.smpcatalogue.partnership.PartnershipSummary;

/** One page of the catalogue as a reader sees it: the results, their number and the facets to refine them. */
record CataloguePage(CatalogueFilter filter, long total, List<PartnershipSummary> items, List<FacetView> facets,
		List<ActiveFilter> activeFilters, Map<String, LocalizedText> markedSummaries) {

	/** The summary shown for an item (in the reader's language, or the other), with the words searched marked; null without a search. */
	public Highlight summaryOf(PartnershipSummary item, Locale locale) {
		LocalizedText marked = markedSummaries.get(item.slug());
		return marked == null || marked.isEmpty() ? null : Highlight.of(marked.in(locale));
	}

	public int pageCount() {
		return (int) Math.max(1, (total + filter.pageSize() - 1) / filter.pageSize());
	}

	public boolean hasPrevious() {
		return filter.page() > 1;
	}

	public boolean hasNext() {
		return filter.page() < pageCount();
	}

	public long firstItem() {
		return total == 0 ? 0 : filter.offset() + 1L;
	}

	public long lastItem() {
		return filter.offset() + (long) items.size();
	}

	public List<SortLink> sortLinks() {
		return Arrays.stream(Sort.values())
			.filter(sort -> sort != Sort.RELEVANCE || filter.query() != null)
			.map(sort -> new SortLink(sort.parameter(), filter.withSort(sort), sort == filter.sort()))
			.toList();
	}

	record SortLink(String parameter, String url, boolean current) {
	}

	/** A facet with its values, each with the count that ticking it would give and the link that does it. */
	record FacetView(String parameter, List<Option> options) {

		boolean hasSelection() {
			return options.stream().anyMatch(Option::selected);
		}

	}

	/**
	 * A facet value. {@code name} comes from the data (a country, a sector) or is null where the
	 * message bundles name the value (kinds, statuses, elements). {@code count} is the size of the
	 * result once this value is ticked; for a value already ticked, the results that have it.
	 */
	record Option(String value, String name, long count, boolean selected, String url) {
	}

	/** An active filter, shown with the link that removes it. */
	record ActiveFilter(String parameter, String value, String name, String removeUrl) {
	}

}
