package eu.smpcatalogue.catalogue;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

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
 */
final class FacetIndex implements VersionedCache.Sized {

	private final RoaringBitmap published;

	private final Map<Facet, Map<String, RoaringBitmap>> values;

	private FacetIndex(RoaringBitmap published, Map<Facet, Map<String, RoaringBitmap>> values) {
		this.published = published;
		this.values = values;
	}

	/** Reads the index in two statements; null when an id is beyond a bitmap's range (the SQL counts then). */
	static FacetIndex read(NamedParameterJdbcTemplate jdbc) {
		RoaringBitmap published = new RoaringBitmap();
		boolean[] fits = { true };
		jdbc.query("SELECT id FROM partnership WHERE NOT retired", row -> {
			fits[0] &= add(published, row.getLong(1));
		});
		Map<Facet, Map<String, RoaringBitmap>> values = new EnumMap<>(Facet.class);
		StringJoiner sql = new StringJoiner("\nUNION ALL\n");
		for (Facet facet : Facet.values()) {
			values.put(facet, new TreeMap<>());
			sql.add("SELECT " + facet.ordinal() + " AS facet, r.value, r.partnership_id FROM (" + facet.relation() + ") r");
		}
		jdbc.query(sql.toString(), row -> {
			String value = row.getString(2);
			if (value != null) {
				fits[0] &= add(values.get(Facet.values()[row.getInt(1)]).computeIfAbsent(value, v -> new RoaringBitmap()),
						row.getLong(3));
			}
		});
		if (!fits[0]) {
			return null;
		}
		published.runOptimize();
		values.values().forEach(byValue -> byValue.values().forEach(RoaringBitmap::runOptimize));
		return new FacetIndex(published, values);
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

	/**
	 * The result's size and, for every value of every facet, the partnerships that match all the other
	 * facets' selections and have that value, and those of them that the facet's own selection leaves out
	 * (the SQL's {@code with_value} and {@code added}); values that no such partnership has are left out.
	 */
	void count(RoaringBitmap base, Map<Facet, Set<String>> selections, Counts counts) {
		Map<Facet, RoaringBitmap> matching = new EnumMap<>(Facet.class);
		selections.forEach((facet, selected) -> matching.put(facet, RoaringBitmap.or(selected.stream()
			.map(value -> values.get(facet).get(value)).filter(bitmap -> bitmap != null).iterator())));
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
