package eu.smpcatalogue.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.smpcatalogue.caching.VersionedCache;
import org.roaringbitmap.RoaringBitmap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Every facet value's partnerships as a compressed bitmap of their ids (RoaringBitmap), read once per
 * catalogue version from the very relations the catalogue filters on ({@link Facet#relation()}). Counting a
 * selection's facets is then a few thousand bitmap intersections in memory, whatever the catalogue's size,
 * instead of a join of the selection with every relation in SQL. The numbers are the SQL's by construction:
 * the same (partnership, value) pairs, intersected with the same base selection (text and years, still SQL).
 * The statistics and the map count their selection on the same bitmaps, and on a few more relations held
 * for counting only ({@link Dimension}). An index is never changed once built: the next version's is a copy
 * that shares every bitmap the partnerships changed in between do not touch ({@link #updatedTo}).
 */
final class FacetIndex implements VersionedCache.Sized {

	/** A relation of {@code (partnership_id, value)} pairs that the index holds as one bitmap per value. */
	interface Indexed {

		String relation();

	}

	private static final List<Indexed> INDEXED = Stream.concat(Arrays.stream(Facet.values()), Arrays.stream(Dimension.values()))
		.map(Indexed.class::cast).toList();

	/** Changed partnerships fewer than this are re-read one by one; more, and the whole index is read again. */
	static final int MOST_REREAD = 2_000;

	private final long version;

	private final Instant builtAt;

	private final int reread;

	private final RoaringBitmap published;

	private final Map<Indexed, Map<String, RoaringBitmap>> values;

	private FacetIndex(long version, Instant builtAt, int reread, RoaringBitmap published,
			Map<Indexed, Map<String, RoaringBitmap>> values) {
		this.version = version;
		this.builtAt = builtAt;
		this.reread = reread;
		this.published = published;
		this.values = values;
	}

	/**
	 * Reads the whole index, for catalogue version {@code version}, in two statements; null when an id is
	 * beyond a bitmap's range (the SQL counts then).
	 */
	static FacetIndex read(NamedParameterJdbcTemplate jdbc, long version, Instant now) {
		RoaringBitmap published = new RoaringBitmap();
		Map<Indexed, Map<String, RoaringBitmap>> values = new HashMap<>();
		for (Indexed relation : INDEXED) {
			values.put(relation, new TreeMap<>());
		}
		boolean fits = readPartnerships(jdbc, "", new MapSqlParameterSource(), published, values, bitmap -> bitmap);
		if (!fits) {
			return null;
		}
		published.runOptimize();
		values.values().forEach(byValue -> byValue.values().forEach(RoaringBitmap::runOptimize));
		return new FacetIndex(version, now, -1, published, values);
	}

	/**
	 * This index brought to {@code version}, where the partnerships {@code changed} (as the catalogue's
	 * change log names them) may have other values: their bits are cleared and their pairs read again, in
	 * two statements; every bitmap they do not touch is shared with this index.
	 */
	FacetIndex updatedTo(NamedParameterJdbcTemplate jdbc, long version, Collection<Long> changed, Instant now) {
		if (changed.isEmpty()) {
			return new FacetIndex(version, now, 0, published, values);
		}
		RoaringBitmap cleared = new RoaringBitmap();
		for (long id : changed) {
			if (!add(cleared, id)) {
				return null;
			}
		}
		// The bitmaps this index owns and may write to; every other one is shared with this index.
		Set<RoaringBitmap> copies = Collections.newSetFromMap(new IdentityHashMap<>());
		Map<Indexed, Map<String, RoaringBitmap>> next = new HashMap<>();
		this.values.forEach((relation, byValue) -> {
			Map<String, RoaringBitmap> copy = new TreeMap<>(byValue);
			copy.replaceAll((value, bitmap) -> RoaringBitmap.intersects(bitmap, cleared)
					? own(RoaringBitmap.andNot(bitmap, cleared), copies) : bitmap);
			next.put(relation, copy);
		});
		RoaringBitmap nextPublished = own(RoaringBitmap.andNot(published, cleared), copies);
		MapSqlParameterSource ids = new MapSqlParameterSource("ids",
				changed.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
		boolean fits = readPartnerships(jdbc, " WHERE r.partnership_id = ANY(CAST(:ids AS bigint[]))", ids, nextPublished, next,
				bitmap -> copies.contains(bitmap) ? bitmap : own(bitmap.clone(), copies));
		if (!fits) {
			return null;
		}
		copies.forEach(RoaringBitmap::runOptimize);
		next.values().forEach(byValue -> byValue.values().removeIf(RoaringBitmap::isEmpty));
		return new FacetIndex(version, now, changed.size(), nextPublished, next);
	}

	private static RoaringBitmap own(RoaringBitmap bitmap, Set<RoaringBitmap> copies) {
		copies.add(bitmap);
		return bitmap;
	}

	/**
	 * Adds the published partnerships and every facet's (value, partnership) pairs that {@code where} keeps,
	 * writing into the bitmap that {@code writable} gives for each one found; false if an id does not fit.
	 */
	private static boolean readPartnerships(NamedParameterJdbcTemplate jdbc, String where, MapSqlParameterSource parameters,
			RoaringBitmap published, Map<Indexed, Map<String, RoaringBitmap>> values,
			UnaryOperator<RoaringBitmap> writable) {
		boolean[] fits = { true };
		jdbc.query("SELECT r.partnership_id FROM (SELECT id AS partnership_id FROM partnership WHERE NOT retired) r" + where,
				parameters, row -> {
			fits[0] &= add(published, row.getLong(1));
		});
		StringJoiner sql = new StringJoiner("\nUNION ALL\n");
		for (int i = 0; i < INDEXED.size(); i++) {
			sql.add("SELECT " + i + " AS relation, r.value, r.partnership_id FROM (" + INDEXED.get(i).relation() + ") r" + where);
		}
		jdbc.query(sql.toString(), parameters, row -> {
			String value = row.getString(2);
			if (value != null) {
				Map<String, RoaringBitmap> byValue = values.get(INDEXED.get(row.getInt(1)));
				RoaringBitmap bitmap = byValue.get(value);
				RoaringBitmap target = bitmap == null ? writable.apply(new RoaringBitmap()) : writable.apply(bitmap);
				if (target != bitmap) {
					byValue.put(value, target);
				}
				fits[0] &= add(target, row.getLong(3));
			}
		});
		return fits[0];
	}

	private static boolean add(RoaringBitmap bitmap, long id) {
		if (id < 0 || id > Integer.MAX_VALUE) {
			return false;
		}
		bitmap.add((int) id);
		return true;
	}

	/** The published partnerships that {@code baseSql} (text and years, already SQL) selects. */
	RoaringBitmap base(NamedParameterJdbcTemplate jdbc, String baseSql, MapSqlParameterSource parameters) {
		RoaringBitmap base = new RoaringBitmap();
		jdbc.query(baseSql, parameters, row -> {
			base.add((int) row.getLong(1));
		});
		return base;
	}

	RoaringBitmap published() {
		return published;
	}

	long version() {
		return version;
	}

	Instant builtAt() {
		return builtAt;
	}

	/** How many partnerships were read again to build this index from the previous one; -1 if read in full. */
	int reread() {
		return reread;
	}

	/**
	 * The result's size and, for every value of every facet, the partnerships that match all the other
	 * facets' selections and have that value, and those of them that the facet's own selection leaves out
	 * (the SQL's {@code with_value} and {@code added}); values that no such partnership has are left out.
	 */
	void count(RoaringBitmap base, Map<Facet, Set<String>> selections, Counts counts) {
		Map<Facet, RoaringBitmap> matching = matching(selections);
		counts.total(allBut(base, matching, null).getLongCardinality());
		for (Facet facet : Facet.values()) {
			RoaringBitmap others = allBut(base, matching, facet);
			RoaringBitmap leftOut = matching.containsKey(facet) ? RoaringBitmap.andNot(others, matching.get(facet)) : null;
			values.get(facet).forEach((value, bitmap) -> {
				long withValue = RoaringBitmap.andCardinality(others, bitmap);
				if (withValue > 0) {
					counts.add(facet, value, withValue, leftOut == null ? 0 : RoaringBitmap.andCardinality(leftOut, bitmap));
				}
			});
		}
	}

	/** The partnerships of a selection: {@code base} (text and years) narrowed by every facet's selected values. */
	RoaringBitmap selected(RoaringBitmap base, Map<Facet, Set<String>> selections) {
		return allBut(base, matching(selections), null);
	}

	/** The statistics' counts of a selection, as {@code CatalogueSearch}'s aggregate statement counts them. */
	Tally tally(RoaringBitmap selected) {
		Tally tally = Tally.empty();
		tallyInto(tally, "destination", Facet.DESTINATION, selected);
		tallyInto(tally, "destination-region", Dimension.DESTINATION_REGION, selected);
		tallyInto(tally, "origin", Facet.ORIGIN, selected);
		tallyInto(tally, "origin-region", Dimension.ORIGIN_REGION, selected);
		tallyInto(tally, "sector", Facet.SECTOR, selected);
		tallyInto(tally, "kind", Dimension.KIND, selected);
		tallyInto(tally, "start", Dimension.START, selected);
		tallyInto(tally, "end", Dimension.END, selected);
		values.get(Dimension.ELEMENT_STATUS).forEach((value, bitmap) -> {
			long count = RoaringBitmap.andCardinality(selected, bitmap);
			if (count > 0) {
				String[] elementAndStatus = value.split(" ", 2);
				tally.add("element", elementAndStatus[0], elementAndStatus[1], count);
			}
		});
		return tally.withTotal(selected.getLongCardinality());
	}

	private void tallyInto(Tally tally, String dimension, Indexed relation, RoaringBitmap selected) {
		values.get(relation).forEach((value, bitmap) -> {
			long count = RoaringBitmap.andCardinality(selected, bitmap);
			if (count > 0) {
				tally.add(dimension, value, null, count);
			}
		});
	}

	/** Every origin × destination (countries and regions as the entries name them) of a selection, with its count. */
	List<Tally.Corridor> corridors(RoaringBitmap selected) {
		List<Tally.Corridor> corridors = new ArrayList<>();
		for (Indexed origins : List.<Indexed>of(Facet.ORIGIN, Dimension.ORIGIN_REGION)) {
			values.get(origins).forEach((origin, originBitmap) -> {
				RoaringBitmap from = RoaringBitmap.and(selected, originBitmap);
				if (from.isEmpty()) {
					return;
				}
				for (Indexed destinations : List.<Indexed>of(Facet.DESTINATION, Dimension.DESTINATION_REGION)) {
					values.get(destinations).forEach((destination, destinationBitmap) -> {
						long count = RoaringBitmap.andCardinality(from, destinationBitmap);
						if (count > 0) {
							corridors.add(new Tally.Corridor(origin, origins != Facet.ORIGIN, destination,
									destinations != Facet.DESTINATION, count));
						}
					});
				}
			});
		}
		return corridors;
	}

	private Map<Facet, RoaringBitmap> matching(Map<Facet, Set<String>> selections) {
		Map<Facet, RoaringBitmap> matching = new EnumMap<>(Facet.class);
		selections.forEach((facet, selected) -> matching.put(facet, RoaringBitmap.or(selected.stream()
			.map(value -> values.get(facet).get(value)).filter(bitmap -> bitmap != null).iterator())));
		return matching;
	}

	private static RoaringBitmap allBut(RoaringBitmap base, Map<Facet, RoaringBitmap> matching, Facet except) {
		RoaringBitmap result = base.clone();
		matching.forEach((facet, bitmap) -> {
			if (facet != except) {
				result.and(bitmap);
			}
		});
		return result;
	}

	/** Where the counts go. */
	interface Counts {

		void total(long total);

		void add(Facet facet, String value, long withValue, long added);

	}

	@Override
	public int size() {
		return values.values().stream().mapToInt(Map::size).sum();
	}

}
