package eu.smpcatalogue.insights;

import java.util.List;

/** What the statistics page shows about a selection: the data behind each chart and table. */
record Statistics(long total, List<Count> destinations, List<Count> origins, List<Count> sectors, List<Count> kinds,
		List<Year> years, List<Coverage> coverage, long withoutStartYear) {

	/** How many selected partnerships have one value; {@code url} (may be null) opens them in the catalogue. */
	record Count(String key, String label, long count, boolean region, String url) {
	}

	record Year(int year, long started, long ended) {
	}

	record Coverage(String element, String label, long present, long partly, long absent, long notDocumented,
			String presentUrl) {
	}

}
