package eu.smpcatalogue.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import eu.smpcatalogue.catalogue.Selections;
import eu.smpcatalogue.catalogue.Tally;
import eu.smpcatalogue.partnership.Element;
import eu.smpcatalogue.partnership.ElementStatus;
import eu.smpcatalogue.partnership.Kind;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/**
 * Counts over a reader's selection (the same parameters as {@code /partnerships}), for the statistics page
 * and the map. A partnership counts once for each value it has: a partnership with two origins counts for
 * both, so the bars of one chart can add up to more than the selection. The database counts ({@link Tally}):
 * the partnerships themselves are never loaded, so the whole catalogue costs one aggregate statement.
 */
@Service
class Insights {

	/** The facets whose chosen values the pages list, in the catalogue's order. */
	private static final List<String> FACETS = List.of("destination", "origin", "region", "sector", "kind", "category",
			"status", "skill", "funder", "implementer", "element");

	private final Selections selections;

	private final MessageSource messages;

	Insights(Selections selections, MessageSource messages) {
		this.selections = selections;
		this.messages = messages;
	}

	/** The selection; bad parameters throw InvalidFilterException, answered with 400. */
	Selected select(MultiValueMap<String, String> parameters, Locale locale) {
		return new Selected(selections.tally(parameters, locale), parameters, activeFilters(parameters, locale),
				selections.query(parameters));
	}

	private List<Selected.ActiveFilter> activeFilters(MultiValueMap<String, String> parameters, Locale locale) {
		List<Selected.ActiveFilter> filters = new ArrayList<>();
		String query = parameters.getFirst("q");
		if (query != null && !query.isBlank()) {
			filters.add(new Selected.ActiveFilter(message("insights.filter.query", locale), "“" + query.strip() + "”"));
		}
		for (String facet : FACETS) {
			for (String value : parameters.getOrDefault(facet, List.of())) {
				if (value == null || value.isBlank()) {
					continue;
				}
				String name = selections.valueName(facet, value, locale);
				if (name == null) {
					name = messages.getMessage(facet + "." + value, null, value, locale);
				}
				filters.add(new Selected.ActiveFilter(message("facet." + facet, locale), name));
			}
		}
		String from = parameters.getFirst("from");
		String to = parameters.getFirst("to");
		if ((from != null && !from.isBlank()) || (to != null && !to.isBlank())) {
			filters.add(new Selected.ActiveFilter(message("facet.years", locale),
					(from == null || from.isBlank() ? "…" : from.strip()) + "–" + (to == null || to.isBlank() ? "…" : to.strip())));
		}
		return filters;
	}

	Statistics statistics(Selected selected, Locale locale) {
		Tally tally = selected.tally();
		List<Statistics.Count> destinations = new ArrayList<>(counts(tally.destinationCountries(), "destination",
				"destination", false, selected, locale));
		destinations.addAll(counts(tally.destinationRegions(), "region", null, true, selected, locale));
		List<Statistics.Count> origins = new ArrayList<>(counts(tally.originCountries(), "origin", "origin", false,
				selected, locale));
		origins.addAll(counts(tally.originRegions(), "region", "region", true, selected, locale));
		return new Statistics(tally.total(), sorted(destinations), sorted(origins),
				sorted(counts(tally.sectors(), "sector", "sector", false, selected, locale)), kinds(tally, selected, locale),
				years(tally), coverage(tally, selected, locale), tally.withoutStart());
	}

	/** The selection's corridors, origin × destination, with their counts. */
	List<Tally.Corridor> corridors(Selected selected, Locale locale) {
		return selections.corridors(selected.selection(), locale);
	}

	/**
	 * Counted values named from the data: {@code names} is the facet whose values they are, {@code parameter}
	 * the catalogue's filter for a link (none: the catalogue filters origin regions, not destination ones).
	 */
	private List<Statistics.Count> counts(Map<String, Long> counts, String names, String parameter, boolean region,
			Selected selected, Locale locale) {
		return counts.entrySet().stream()
			.map(entry -> new Statistics.Count(entry.getKey(), label(names, entry.getKey(), locale), entry.getValue(), region,
					parameter == null ? null : selected.catalogueUrl(parameter, entry.getKey())))
			.toList();
	}

	/** A country's, region's or sector's name ({@code facet}: the catalogue parameter whose values they are). */
	String label(String facet, String key, Locale locale) {
		String name = selections.valueName(facet, key, locale);
		return name == null ? key : name;
	}

	private List<Statistics.Count> kinds(Tally tally, Selected selected, Locale locale) {
		return sorted(tally.kinds().entrySet().stream()
			.map(entry -> Kind.valueOf(entry.getKey()))
			.map(kind -> new Statistics.Count(kind.key(), message("kind." + kind.key(), locale),
					tally.kinds().get(kind.name()), false, selected.catalogueUrl("kind", kind.key())))
			.toList());
	}

	/** Every year from the first known start or end to the last, with how many began and ended in it. */
	private static List<Statistics.Year> years(Tally tally) {
		TreeMap<Integer, Long> starts = tally.starts();
		TreeMap<Integer, Long> ends = tally.ends();
		List<Statistics.Year> result = new ArrayList<>();
		if (starts.isEmpty() && ends.isEmpty()) {
			return result;
		}
		int first = Math.min(starts.isEmpty() ? Integer.MAX_VALUE : starts.firstKey(),
				ends.isEmpty() ? Integer.MAX_VALUE : ends.firstKey());
		int last = Math.max(starts.isEmpty() ? Integer.MIN_VALUE : starts.lastKey(),
				ends.isEmpty() ? Integer.MIN_VALUE : ends.lastKey());
		for (int year = first; year <= last; year++) {
			result.add(new Statistics.Year(year, starts.getOrDefault(year, 0L), ends.getOrDefault(year, 0L)));
		}
		return result;
	}

	private List<Statistics.Coverage> coverage(Tally tally, Selected selected, Locale locale) {
		List<Statistics.Coverage> rows = new ArrayList<>();
		for (Element element : Element.values()) {
			rows.add(new Statistics.Coverage(element.key(), message("element." + element.key(), locale),
					tally.element(element.name(), ElementStatus.PRESENT.name()),
					tally.element(element.name(), ElementStatus.PARTLY.name()),
					tally.element(element.name(), ElementStatus.ABSENT.name()),
					tally.element(element.name(), ElementStatus.NOT_DOCUMENTED.name()),
					selected.catalogueUrl("element", element.key())));
		}
		return rows;
	}

	private static List<Statistics.Count> sorted(List<Statistics.Count> counts) {
		return counts.stream()
			.sorted(Comparator.comparingLong(Statistics.Count::count).reversed()
				.thenComparing(Statistics.Count::region)
				.thenComparing(Statistics.Count::label, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
