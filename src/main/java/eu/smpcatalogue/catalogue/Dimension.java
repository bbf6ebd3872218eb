package eu.smpcatalogue.catalogue;

/**
 * What the statistics and the map count that no facet holds as stored: each a {@code (partnership_id, value)}
 * relation read into the {@link FacetIndex} beside the facets', for counting only. Destinations, origins and
 * sectors are counted on the facets' own bitmaps, whose values are the stored codes and slugs.
 */
enum Dimension implements FacetIndex.Indexed {

	DESTINATION_REGION("SELECT partnership_id, region_slug AS value FROM partnership_destination_region"),
	/** Origin regions as the entry names them (the region facet also finds them by their member countries). */
	ORIGIN_REGION("SELECT partnership_id, region_slug AS value FROM partnership_origin_region"),
	KIND("SELECT id AS partnership_id, kind AS value FROM partnership"),
	START("SELECT id AS partnership_id, start_year::text AS value FROM partnership WHERE start_year IS NOT NULL"),
	END("SELECT id AS partnership_id, end_year::text AS value FROM partnership WHERE end_year IS NOT NULL"),
	/** An element and how it is assessed, as {@code "TRAINING PRESENT"}. */
	ELEMENT_STATUS("SELECT partnership_id, element || ' ' || status AS value FROM partnership_element");

	private final String relation;

	Dimension(String relation) {
		this.relation = relation;
	}

	@Override
	public String relation() {
		return relation;
	}

}
