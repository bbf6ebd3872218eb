package eu.smpcatalogue.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import eu.smpcatalogue.catalogue.Selections;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.partnership.Element;
import eu.smpcatalogue.partnership.ElementStatus;
import eu.smpcatalogue.partnership.Kind;
import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.partnership.Partnerships;
import eu.smpcatalogue.partnership.Period;
import eu.smpcatalogue.partnership.Region;
import eu.smpcatalogue.partnership.Sector;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/**
 * Counts over a reader's selection (the same parameters as {@code /partnerships}), for the statistics page
 * and the map. A partnership counts once for each value it has: a partnership with two origins counts for
 * both, so the bars of one chart can add up to more than the selection.
 */
@Service
class Insights {

	/** The facets whose chosen values the pages list, in the catalogue's order. */
	private static final List<String> FACETS = List.of("destination", "origin", "region", "sector", "kind", "category",
			"status", "skill", "funder", "implementer", "element");

	private final Selections selections;

	private final Partnerships partnerships;

	private final MessageSource messages;

	Insights(Selections selections, Partnerships partnerships, MessageSource messages) {
		this.selections = selections;
		this.partnerships = partnerships;
		this.messages = messages;
	}

	/** The selection; bad parameters throw InvalidFilterException, answered with 400. */
	Selected select(MultiValueMap<String, String> parameters, Locale locale) {
		Selections.Selection selection = selections.all(parameters, locale);
		return new Selected(partnerships.findPublished(selection.slugs()), activeFilters(parameters, locale),
				selection.query());
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
		List<Partnership> list = selected.partnerships();
		List<Statistics.Count> destinations = new ArrayList<>(countCountries(list, Partnership::getDestinationCountries,
				"destination", selected, locale));
		destinations.addAll(countRegions(list, Partnership::getDestinationRegions, null, selected, locale));
		List<Statistics.Count> origins = new ArrayList<>(countCountries(list, Partnership::getOriginCountries, "origin",
				selected, locale));
		origins.addAll(countRegions(list, Partnership::getOriginRegions, "region", selected, locale));
		return new Statistics(list.size(), sorted(destinations), sorted(origins), sectors(list, selected, locale),
				kinds(list, selected, locale), years(list), coverage(list, selected, locale),
				list.stream().filter(p -> p.getPeriod() == null || !p.getPeriod().hasStart()).count());
	}

	private List<Statistics.Count> countCountries(List<Partnership> list, Function<Partnership, Set<Country>> countries,
			String parameter, Selected selected, Locale locale) {
		Map<String, Long> counts = new HashMap<>();
		Map<String, String> labels = new HashMap<>();
		for (Partnership partnership : list) {
			for (Country country : countries.apply(partnership)) {
				counts.merge(country.getCode(), 1L, Long::sum);
				labels.put(country.getCode(), country.getName().in(locale));
			}
		}
		return counts.entrySet().stream()
			.map(entry -> new Statistics.Count(entry.getKey(), labels.get(entry.getKey()), entry.getValue(), false,
					selected.catalogueUrl(parameter, entry.getKey())))
			.toList();
	}

	private List<Statistics.Count> countRegions(List<Partnership> list, Function<Partnership, Set<Region>> regions,
			String parameter, Selected selected, Locale locale) {
		Map<String, Long> counts = new HashMap<>();
		Map<String, String> labels = new HashMap<>();
		for (Partnership partnership : list) {
			for (Region region : regions.apply(partnership)) {
				counts.merge(region.getSlug(), 1L, Long::sum);
				labels.put(region.getSlug(), region.getName().in(locale));
			}
		}
		// The catalogue filters origin regions but not destination regions: those rows have no link.
		return counts.entrySet().stream()
			.map(entry -> new Statistics.Count(entry.getKey(), labels.get(entry.getKey()), entry.getValue(), true,
					parameter == null ? null : selected.catalogueUrl(parameter, entry.getKey())))
			.toList();
	}

	private List<Statistics.Count> sectors(List<Partnership> list, Selected selected, Locale locale) {
		Map<String, Long> counts = new HashMap<>();
		Map<String, String> labels = new HashMap<>();
		for (Partnership partnership : list) {
			for (Sector sector : partnership.getSectors()) {
				counts.merge(sector.getSlug(), 1L, Long::sum);
				labels.put(sector.getSlug(), sector.getName().in(locale));
			}
		}
		return sorted(counts.entrySet().stream()
			.map(entry -> new Statistics.Count(entry.getKey(), labels.get(entry.getKey()), entry.getValue(), false,
					selected.catalogueUrl("sector", entry.getKey())))
			.toList());
	}

	private List<Statistics.Count> kinds(List<Partnership> list, Selected selected, Locale locale) {
		Map<Kind, Long> counts = new HashMap<>();
		for (Partnership partnership : list) {
			if (partnership.getKind() != null) {
				counts.merge(partnership.getKind(), 1L, Long::sum);
			}
		}
		return sorted(counts.entrySet().stream()
			.map(entry -> new Statistics.Count(entry.getKey().key(), message("kind." + entry.getKey().key(), locale),
					entry.getValue(), false, selected.catalogueUrl("kind", entry.getKey().key())))
			.toList());
	}

	/** Every year from the first known start or end to the last, with how many began and ended in it. */
	private List<Statistics.Year> years(List<Partnership> list) {
		TreeMap<Integer, long[]> years = new TreeMap<>();
		for (Partnership partnership : list) {
			Period period = partnership.getPeriod();
			if (period == null) {
				continue;
			}
			if (period.hasStart()) {
				years.computeIfAbsent(period.startYear(), year -> new long[2])[0]++;
			}
			if (period.hasEnd()) {
				years.computeIfAbsent(period.endYear(), year -> new long[2])[1]++;
			}
		}
		List<Statistics.Year> result = new ArrayList<>();
		if (!years.isEmpty()) {
			for (int year = years.firstKey(); year <= years.lastKey(); year++) {
				long[] counts = years.getOrDefault(year, new long[2]);
				result.add(new Statistics.Year(year, counts[0], counts[1]));
			}
		}
		return result;
	}

	private List<Statistics.Coverage> coverage(List<Partnership> list, Selected selected, Locale locale) {
		List<Statistics.Coverage> rows = new ArrayList<>();
		for (Element element : Element.values()) {
			Map<ElementStatus, Long> counts = new LinkedHashMap<>();
			for (ElementStatus status : ElementStatus.values()) {
				counts.put(status, 0L);
			}
			for (Partnership partnership : list) {
				counts.merge(partnership.getElementPanel().get(element).status(), 1L, Long::sum);
			}
			rows.add(new Statistics.Coverage(element.key(), message("element." + element.key(), locale),
					counts.get(ElementStatus.PRESENT), counts.get(ElementStatus.PARTLY), counts.get(ElementStatus.ABSENT),
					counts.get(ElementStatus.NOT_DOCUMENTED), selected.catalogueUrl("element", element.key())));
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
