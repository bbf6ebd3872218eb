package eu.smpcatalogue.insights;

import java.util.List;

/**
 * What the map page shows about a selection: partnerships per destination and per origin (countries and
 * regions), the origin → destination corridors, and the three maps drawn from them.
 */
record MapView(long total, List<Statistics.Count> destinations, List<Statistics.Count> origins, List<Corridor> corridors,
		String geometry, String destinationMap, String originMap, String corridorMap, List<Bin> legend, boolean europe,
		List<Place> corridorCountries, String corridorsOf) {

	/** A country the corridors can be narrowed to. */
	record Place(String code, String name) {
	}

	/**
	 * Partnerships that link an origin to a destination. {@code drawn} when both ends are countries on the
	 * map; {@code url} (may be null) opens them in the catalogue.
	 */
	record Corridor(String originKey, String origin, boolean originRegion, String destinationKey, String destination,
			boolean destinationRegion, long count, boolean drawn, String url) {
	}

	/** One step of the choropleth: its CSS class and the counts it covers ("3–4"). */
	record Bin(String cssClass, String range) {
	}

}
