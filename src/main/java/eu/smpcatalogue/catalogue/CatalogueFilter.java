package eu.smpcatalogue.catalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.regex.Pattern;

import eu.smpcatalogue.country.CountryCode;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a reader asked the catalogue for, read from its URL and checked against the data. Every
 * state is a plain GET URL; the {@code with…}/{@code without…} methods give the links that change it.
 */
record CatalogueFilter(Map<Facet, Set<String>> selections, String query, Integer fromYear, Integer toYear, Sort sort,
		int page, int pageSize) {

	static final int MAX_QUERY_LENGTH = 200;

	static final int DEFAULT_PAGE_SIZE = 20;

	static final int MAX_PAGE_SIZE = 100;

	private static final Pattern YEAR = Pattern.compile("[1-9]\\d{3}");

	private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

	static CatalogueFilter parse(MultiValueMap<String, String> parameters, ReferenceData reference) {
		Map<Facet, Set<String>> selections = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			Set<String> values = new LinkedHashSet<>();
			for (String raw : parameters.getOrDefault(facet.parameter(), List.of())) {
				if (raw == null || raw.isBlank()) {
					continue;
				}
				String value = normalise(facet, raw.strip());
				if (!reference.allows(facet, value)) {
					throw new InvalidFilterException("catalogue.error.unknownValue", facet.parameter(), raw);
				}
				values.add(value);
			}
			if (!values.isEmpty()) {
				selections.put(facet, values);
			}
		}
		String query = single(parameters, "q");
		if (query != null) {
			query = query.strip();
			if (query.length() > MAX_QUERY_LENGTH) {
				throw new InvalidFilterException("catalogue.error.queryTooLong", MAX_QUERY_LENGTH);
			}
			if (query.chars().anyMatch(Character::isISOControl)) {
				throw new InvalidFilterException("catalogue.error.controlCharacters");
			}
			if (query.isEmpty()) {
				query = null;
			}
		}
		Integer from = year(parameters, "from");
		Integer to = year(parameters, "to");
		if (from != null && to != null && from > to) {
			throw new InvalidFilterException("catalogue.error.yearsReversed", from.toString(), to.toString());
		}
		String sortParameter = single(parameters, "sort");
		Sort sort = (sortParameter == null || sortParameter.isBlank()) ? (query != null ? Sort.RELEVANCE : Sort.NAME)
				: Sort.ofParameter(sortParameter)
					.orElseThrow(() -> new InvalidFilterException("catalogue.error.unknownSort", sortParameter));
		if (sort == Sort.RELEVANCE && query == null) {
			sort = Sort.NAME;
		}
		int page = number(parameters, "page", 1, Integer.MAX_VALUE / MAX_PAGE_SIZE, 1);
		int pageSize = number(parameters, "size", 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
		return new CatalogueFilter(selections, query, from, to, sort, page, pageSize);
	}

	/** The first page, by name, of the partnerships with this value of one facet (a country's page lists them so). */
	static CatalogueFilter only(Facet facet, String value) {
		return matching(Map.of(facet, Set.of(value)));
	}

	/** The first page, by name, of the partnerships with any of these values of each facet. */
	static CatalogueFilter matching(Map<Facet, Set<String>> selections) {
		Map<Facet, Set<String>> sorted = new EnumMap<>(Facet.class);
		selections.forEach((facet, values) -> sorted.put(facet, new TreeSet<>(values)));
		return new CatalogueFilter(sorted, null, null, null, Sort.NAME, 1, DEFAULT_PAGE_SIZE);
	}

	private static String normalise(Facet facet, String value) {
		if (facet.source() == Facet.Values.COUNTRY) {
			return CountryCode.parse(value).orElse(value);
		}
		return value.toLowerCase(Locale.ROOT);
	}

	private static String single(MultiValueMap<String, String> parameters, String name) {
		List<String> values = parameters.getOrDefault(name, List.of());
		if (values.size() > 1) {
			throw new InvalidFilterException("catalogue.error.repeated", name);
		}
		return values.isEmpty() ? null : values.get(0);
	}

	private static Integer year(MultiValueMap<String, String> parameters, String name) {
		String value = single(parameters, name);
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!YEAR.matcher(value.strip()).matches()) {
			throw new InvalidFilterException("catalogue.error.notAYear", name, value);
		}
		return Integer.valueOf(value.strip());
	}

	private static int number(MultiValueMap<String, String> parameters, String name, int min, int max, int absent) {
		String value = single(parameters, name);
		if (value == null || value.isBlank()) {
			return absent;
		}
		if (!NUMBER.matcher(value.strip()).matches() || Integer.parseInt(value.strip()) < min
				|| Integer.parseInt(value.strip()) > max) {
			throw new InvalidFilterException("catalogue.error.notInRange", name, value, min, max);
		}
		return Integer.parseInt(value.strip());
	}

	Set<String> selected(Facet facet) {
		return selections.getOrDefault(facet, Set.of());
	}

	public boolean isSelected(Facet facet, String value) {
		return selected(facet).contains(value);
	}

	public boolean isEmpty() {
		return selections.isEmpty() && query == null && fromYear == null && toYear == null;
	}

	int offset() {
		return (page - 1) * pageSize;
	}

	/** The catalogue URL for this state. */
	public String toUrl() {
		return toUrl("/partnerships");
	}

	/** This state on another path (an export, a feed), with every value form-encoded. */
	public String toUrl(String path) {
		StringJoiner query = new StringJoiner("&", path + "?", "").setEmptyValue(path);
		toParameters().forEach((name, values) -> values
			.forEach(value -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
		return query.toString();
	}

	public String withPage(int newPage) {
		return new CatalogueFilter(selections, query, fromYear, toYear, sort, newPage, pageSize).toUrl();
	}

	CatalogueFilter sortedBy(Sort newSort) {
		return new CatalogueFilter(selections, query, fromYear, toYear, newSort, 1, pageSize);
	}

	public String withSort(Sort newSort) {
		return new CatalogueFilter(selections, query, fromYear, toYear, newSort, 1, pageSize).toUrl();
	}

	public String with(Facet facet, String value) {
		Map<Facet, Set<String>> widened = new EnumMap<>(Facet.class);
		selections.forEach((f, values) -> widened.put(f, new LinkedHashSet<>(values)));
		widened.computeIfAbsent(facet, f -> new LinkedHashSet<>()).add(value);
		return new CatalogueFilter(widened, query, fromYear, toYear, sort, 1, pageSize).toUrl();
	}

	/** The link that ticks or unticks one facet value. */
	public String toggle(Facet facet, String value) {
		return isSelected(facet, value) ? without(facet, value) : with(facet, value);
	}

	public String without(Facet facet, String value) {
		Map<Facet, Set<String>> remaining = new EnumMap<>(Facet.class);
		selections.forEach((f, values) -> {
			Set<String> kept = new LinkedHashSet<>(values);
			if (f == facet) {
				kept.remove(value);
			}
			if (!kept.isEmpty()) {
				remaining.put(f, kept);
			}
		});
		return new CatalogueFilter(remaining, query, fromYear, toYear, sort, 1, pageSize).toUrl();
	}

	public String withoutQuery() {
		return new CatalogueFilter(selections, null, fromYear, toYear, sort == Sort.RELEVANCE ? Sort.NAME : sort, 1,
				pageSize).toUrl();
	}

	/** The selection as a query string ("origin=MA&sector=health"), without sort and paging. */
	String withoutPaging() {
		String url = new CatalogueFilter(selections, query, fromYear, toYear, query != null ? Sort.RELEVANCE : Sort.NAME, 1,
				DEFAULT_PAGE_SIZE).toUrl("");
		return url.startsWith("?") ? url.substring(1) : url;
	}

	public String withoutYears() {
		return new CatalogueFilter(selections, query, null, null, sort, 1, pageSize).toUrl();
	}

	MultiValueMap<String, String> toParameters() {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		if (query != null) {
			parameters.add("q", query);
		}
		selections.forEach((facet, values) -> values.forEach(value -> parameters.add(facet.parameter(), value)));
		if (fromYear != null) {
			parameters.add("from", fromYear.toString());
		}
		if (toYear != null) {
			parameters.add("to", toYear.toString());
		}
		if (sort != (query != null ? Sort.RELEVANCE : Sort.NAME)) {
			parameters.add("sort", sort.parameter());
		}
		if (pageSize != DEFAULT_PAGE_SIZE) {
			parameters.add("size", Integer.toString(pageSize));
		}
		if (page != 1) {
			parameters.add("page", Integer.toString(page));
		}
		return parameters;
	}

}
