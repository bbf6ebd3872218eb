package eu.smpcatalogue.catalogue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.smpcatalogue.caching.VersionedCache;

/**
 * How many of a selection's partnerships have each value, counted by the database (one aggregate
 * statement), for the statistics page and the map: a partnership counts once for each value it has.
 * Keys are as stored: country codes, region and sector slugs, enum names ({@code PROGRAMME}), years.
 */
public record Tally(long total, Map<String, Long> destinationCountries, Map<String, Long> destinationRegions,
		Map<String, Long> originCountries, Map<String, Long> originRegions, Map<String, Long> sectors,
		Map<String, Long> kinds, TreeMap<Integer, Long> starts, TreeMap<Integer, Long> ends,
		Map<String, Map<String, Long>> elementStatuses) implements VersionedCache.Sized {

	static Tally empty() {
		return new Tally(0, new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(),
				new HashMap<>(), new TreeMap<>(), new TreeMap<>(), new HashMap<>());
	}

	/** Partnerships without a start year. */
	public long withoutStart() {
		return total - starts.values().stream().mapToLong(Long::longValue).sum();
	}

	/** How many have {@code element} assessed as {@code status}; those without an assessment are not documented. */
	public long element(String element, String status) {
		Map<String, Long> statuses = elementStatuses.getOrDefault(element, Map.of());
		if ("NOT_DOCUMENTED".equals(status)) {
			return total - statuses.entrySet().stream().filter(entry -> !entry.getKey().equals(status))
				.mapToLong(Map.Entry::getValue).sum();
		}
		return statuses.getOrDefault(status, 0L);
	}

	Tally withTotal(long count) {
		return new Tally(count, destinationCountries, destinationRegions, originCountries, originRegions, sectors, kinds,
				starts, ends, elementStatuses);
	}

	void add(String dimension, String key, String status, long count) {
		switch (dimension) {
			case "destination" -> destinationCountries.put(key, count);
			case "destination-region" -> destinationRegions.put(key, count);
			case "origin" -> originCountries.put(key, count);
			case "origin-region" -> originRegions.put(key, count);
			case "sector" -> sectors.put(key, count);
			case "kind" -> kinds.put(key, count);
			case "start" -> starts.put(Integer.valueOf(key), count);
			case "end" -> ends.put(Integer.valueOf(key), count);
			case "element" -> elementStatuses.computeIfAbsent(key, k -> new HashMap<>()).put(status, count);
			default -> throw new IllegalArgumentException(dimension);
		}
	}

	@Override
	public int size() {
		return List.of(destinationCountries, destinationRegions, originCountries, originRegions, sectors, kinds, starts,
				ends, elementStatuses).stream().mapToInt(Map::size).sum();
	}

	/** One origin and one destination (a country or a region each) and how many partnerships link them. */
	public record Corridor(String origin, boolean originRegion, String destination, boolean destinationRegion,
			long count) {
	}

	/** A partnership's address and last change, for the sitemap. */
	public record Stamped(String slug, Instant updatedAt) {
	}

}
