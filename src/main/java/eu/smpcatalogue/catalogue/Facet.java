package eu.smpcatalogue.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue's filters. Each reads values from its URL parameter and knows, as SQL, which value(s)
 * each partnership has: a {@code (partnership_id, value)} relation used both to filter and to count.
 * Several values of one facet widen the result (or); different facets narrow it (and).
 */
enum Facet implements FacetIndex.Indexed {

	DESTINATION("destination", Values.COUNTRY, """
			SELECT partnership_id, country_code AS value FROM partnership_destination_country"""),
	ORIGIN("origin", Values.COUNTRY, """
			SELECT partnership_id, country_code AS value FROM partnership_origin_country"""),
	/** An origin region, or an origin country that belongs to it. */
	REGION("region", Values.REGION, """
			SELECT partnership_id, region_slug AS value FROM partnership_origin_region
			UNION SELECT o.partnership_id, m.region_slug FROM partnership_origin_country o
			      JOIN region_member m ON m.country_code = o.country_code"""),
	SECTOR("sector", Values.SECTOR, """
			SELECT partnership_id, sector_slug AS value FROM partnership_sector"""),
	/** An ISCO-08 group: the partnerships coded to it or to a group below it (2 finds 2221). */
	OCCUPATION("occupation", Values.OCCUPATION, """
			SELECT DISTINCT o.partnership_id, g.code AS value FROM partnership_occupation o
			JOIN isco_group g ON o.isco_code LIKE g.code || '%'"""),
	KIND("kind", Values.ENUM, "SELECT id AS partnership_id, lower(replace(kind, '_', '-')) AS value FROM partnership"),
	CATEGORY("category", Values.ENUM,
			"SELECT id AS partnership_id, lower(replace(category, '_', '-')) AS value FROM partnership"),
	STATUS("status", Values.ENUM, "SELECT id AS partnership_id, lower(replace(status, '_', '-')) AS value FROM partnership"),
	SKILL("skill", Values.ENUM,
			"SELECT id AS partnership_id, lower(replace(skill_level, '_', '-')) AS value FROM partnership"),
	FUNDER("funder", Values.ORGANISATION, """
			SELECT partnership_id, organisation_slug AS value FROM partnership_organisation WHERE role = 'FUNDER'"""),
	IMPLEMENTER("implementer", Values.ORGANISATION, """
			SELECT partnership_id, organisation_slug AS value FROM partnership_organisation WHERE role = 'IMPLEMENTER'"""),
	/** An element that is present; "all" for partnerships where all five are. */
	ELEMENT("element", Values.ENUM, """
			SELECT partnership_id, lower(replace(element, '_', '-')) AS value FROM partnership_element WHERE status = 'PRESENT'
			UNION ALL SELECT partnership_id, 'all' FROM partnership_element WHERE status = 'PRESENT'
			          GROUP BY partnership_id HAVING count(*) = 5""");

	/** Where a facet's allowed values come from. */
	enum Values {

		COUNTRY, REGION, SECTOR, OCCUPATION, ORGANISATION, ENUM

	}

	private final String parameter;

	private final Values source;

	private final String relation;

	Facet(String parameter, Values values, String relation) {
		this.parameter = parameter;
		this.source = values;
		this.relation = relation;
	}

	String parameter() {
		return parameter;
	}

	Values source() {
		return source;
	}

	/** SQL yielding (partnership_id, value) pairs. */
	@Override
	public String relation() {
		return relation;
	}

	static Optional<Facet> ofParameter(String parameter) {
		return Arrays.stream(values()).filter(facet -> facet.parameter.equals(parameter)).findFirst();
	}

}
