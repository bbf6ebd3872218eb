package eu.smpcatalogue.catalogue;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Stream;

import eu.smpcatalogue.caching.VersionedCache;
import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.partnership.AtAGlance;
import eu.smpcatalogue.partnership.Element;
import eu.smpcatalogue.partnership.ElementStatus;
import eu.smpcatalogue.partnership.Figure;
import eu.smpcatalogue.partnership.Kind;
import eu.smpcatalogue.partnership.PartnershipSummary;
import eu.smpcatalogue.partnership.PartnershipSummary.Place;
import eu.smpcatalogue.partnership.Period;
import eu.smpcatalogue.partnership.Status;

import org.roaringbitmap.RoaringBitmap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's read side, in SQL: one statement reads the names filters can use, one counts the
 * result and every facet value, one reads the page of results. Every value is a bound parameter;
 * only fixed SQL fragments chosen from enums are concatenated.
 */
@Component
@Transactional(readOnly = true)
class CatalogueSearch {

	/** The search, its forms bound as arrays (see {@link SearchQuery}); null when only stop words were typed. */
	private static final String TEXT_QUERY = "search_query(:forms, :kinds, :terms)";

	/**
	 * Relevance: ts_rank_cd weighs names and acronyms (A) over alternative names (B), summaries and
	 * descriptions (C) and the other texts (D); matches in the reader's language count twice.
	 */
	private static final String RANK = """
			(coalesce(ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', p.search_document, %1$s), 0)
			 + coalesce(ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', p.search_document, search_query(:forms, :kinds, :terms, :reader)), 0))"""
		.formatted(TEXT_QUERY);

	/** The words the search found, marked in each language's summary (private-use characters, see {@link Highlight}). */
	private static final String MARKED_SUMMARIES = """
			ts_headline('search_english', p.summary_en, search_highlight(:forms, :kinds, 'search_english'), :marks) AS marked_en,
			ts_headline('search_french', p.summary_fr, search_highlight(:forms, :kinds, 'search_french'), :marks) AS marked_fr""";

	private final NamedParameterJdbcTemplate jdbc;

	private final VersionedCache cache;

	private final SearchVocabulary vocabulary;

	private final FacetIndexes facetIndexes;

	private final boolean facetIndex;

	CatalogueSearch(NamedParameterJdbcTemplate jdbc, VersionedCache cache, SearchVocabulary vocabulary,
			FacetIndexes facetIndexes, @Value("${smp.catalogue.facet-index:true}") boolean facetIndex) {
		this.jdbc = jdbc;
		this.cache = cache;
		this.vocabulary = vocabulary;
		this.facetIndexes = facetIndexes;
		this.facetIndex = facetIndex;
	}

	// What follows is read through the cache, under the catalogue version: the same for every reader
	// until the next edit, and costly at tens of thousands of entries (facet counts above all).

	ReferenceData referenceData() {
		return cache.get("reference-data", "", this::readReferenceData);
	}

	private ReferenceData readReferenceData() {
		ReferenceData reference = ReferenceData.empty();
		jdbc.query(ReferenceData.QUERY, row -> {
			reference.add(row.getString("type"), row.getString("key"),
					new LocalizedText(row.getString("name_en"), row.getString("name_fr")));
		});
		return reference;
	}

	Result search(CatalogueFilter filter, ReferenceData reference, Locale locale) {
		MapSqlParameterSource parameters = parameters(filter, locale);
		// The counts do not depend on the page or the order: paging through a result counts once.
		FacetCounts counts = cache.get("facet-counts", countKey(filter, locale), () -> countFacets(filter, parameters));
		List<Found> found = found(filter, parameters, reference, locale);
		Map<String, LocalizedText> marked = new HashMap<>();
		found.stream().filter(f -> f.markedSummary() != null).forEach(f -> marked.put(f.summary().slug(), f.markedSummary()));
		return new Result(counts.total(), found.stream().map(Found::summary).toList(), counts.byFacet(), marked);
	}

	/** A page of results and their number, without the facet counts: for lists that link on to the catalogue. */
	Listing list(CatalogueFilter filter, ReferenceData reference, Locale locale) {
		MapSqlParameterSource parameters = parameters(filter, locale);
		return new Listing(count(filter, locale), found(filter, parameters, reference, locale).stream().map(Found::summary).toList());
	}

	/** How many partnerships the filter selects (what a search matches depends on the reader's language). */
	long count(CatalogueFilter filter, Locale locale) {
		return cache.get("result-count", countKey(filter, locale), () -> jdbc.queryForObject(
				"SELECT count(*) FROM partnership p WHERE " + allConditions(filter), parameters(filter, locale), Long.class));
	}

	private List<Found> found(CatalogueFilter filter, MapSqlParameterSource parameters, ReferenceData reference,
			Locale locale) {
		return cache.get("results", List.of(filter, locale.getLanguage()),
				() -> jdbc.query(resultsSql(filter, locale), parameters, (row, number) -> new Found(summary(row, reference),
						filter.query() == null ? null : new LocalizedText(row.getString("marked_en"), row.getString("marked_fr")))));
	}

	/** What a search finds depends on the reader's language (see {@link SearchQuery}); a plain filter does not. */
	private static Object countKey(CatalogueFilter filter, Locale locale) {
		return filter.query() == null ? filter.withoutPaging() : List.of(filter.withoutPaging(), locale.getLanguage());
	}

	/** A result and, for a search, its summary with the words found marked. */
	private record Found(PartnershipSummary summary, LocalizedText markedSummary) {
	}

	/** The figures the home page leads with. */
	Headline headline() {
		return cache.get("headline", "", this::readHeadline);
	}

	private Headline readHeadline() {
		Map<String, Long> presentByElement = new LinkedHashMap<>();
		jdbc.query("""
				SELECT lower(replace(e.element, '_', '-')) AS element, count(*) AS present
				FROM partnership_element e JOIN partnership p ON p.id = e.partnership_id
				WHERE NOT p.retired AND e.status = 'PRESENT' GROUP BY e.element""",
				row -> {
					presentByElement.put(row.getString("element"), row.getLong("present"));
				});
		return jdbc.queryForObject("""
				SELECT (SELECT count(*) FROM partnership WHERE NOT retired) AS partnerships,
				       (SELECT count(DISTINCT d.country_code) FROM partnership_destination_country d
				          JOIN partnership p ON p.id = d.partnership_id WHERE NOT p.retired) AS destinations,
				       (SELECT count(DISTINCT o.country_code) FROM partnership_origin_country o
				          JOIN partnership p ON p.id = o.partnership_id WHERE NOT p.retired) AS origins,
				       (SELECT count(*) FROM country WHERE emn_responded) AS responded,
				       (SELECT count(*) FROM country WHERE emn_reported_smps) AS reported""", Map.of(),
				(row, number) -> new Headline(row.getLong("partnerships"), row.getLong("destinations"),
						row.getLong("origins"), row.getLong("responded"), row.getLong("reported"), presentByElement));
	}

	record Headline(long partnerships, long destinationCountries, long originCountries, long countriesResponded,
			long countriesReportingSmps, Map<String, Long> presentByElement) {

		public long present(String element) {
			return presentByElement.getOrDefault(element, 0L);
		}

	}

	/** For each country code, how many published partnerships have it as a destination and as an origin. */
	Map<String, CountryCounts> partnershipCountsByCountry() {
		return cache.get("country-counts", "", this::readPartnershipCountsByCountry);
	}

	private Map<String, CountryCounts> readPartnershipCountsByCountry() {
		Map<String, CountryCounts> counts = new HashMap<>();
		jdbc.query("""
				SELECT c.code,
				       (SELECT count(*) FROM partnership_destination_country d JOIN partnership p ON p.id = d.partnership_id
				         WHERE d.country_code = c.code AND NOT p.retired) AS as_destination,
				       (SELECT count(*) FROM partnership_origin_country o JOIN partnership p ON p.id = o.partnership_id
				         WHERE o.country_code = c.code AND NOT p.retired) AS as_origin
				FROM country c""", row -> {
			counts.put(row.getString("code"), new CountryCounts(row.getLong("as_destination"), row.getLong("as_origin")));
		});
		return counts;
	}

	record CountryCounts(long asDestination, long asOrigin) {
	}

	/**
	 * The organisations taking part in published partnerships to this destination, each with its roles there
	 * (in the roles' order), by name in the reader's language.
	 */
	List<Involved> organisationsWithDestination(String countryCode, Locale locale) {
		String name = "fr".equals(locale.getLanguage()) ? "coalesce(o.name_fr, o.name_en)" : "coalesce(o.name_en, o.name_fr)";
		return jdbc.query("""
				SELECT o.slug, o.name_en, o.name_fr, array_agg(DISTINCT po.role ORDER BY po.role) AS roles
				FROM partnership_organisation po
				JOIN organisation o ON o.slug = po.organisation_slug
				JOIN partnership p ON p.id = po.partnership_id AND NOT p.retired
				JOIN partnership_destination_country d ON d.partnership_id = p.id AND d.country_code = :country
				GROUP BY o.slug, o.name_en, o.name_fr
				ORDER BY lower(immutable_unaccent(%s)), o.slug""".formatted(name), Map.of("country", countryCode),
				(row, number) -> new Involved(row.getString("slug"),
						new LocalizedText(row.getString("name_en"), row.getString("name_fr")),
						List.of((String[]) row.getArray("roles").getArray())));
	}

	record Involved(String slug, LocalizedText name, List<String> roles) {
	}

	/** Every cited document, the inform first, with the published entries that cite it. */
	List<CitedSource> sources() {
		return cache.get("sources", "", this::readSources);
	}

	private List<CitedSource> readSources() {
		Map<String, CitedSource> sources = new LinkedHashMap<>();
		jdbc.query("""
				SELECT s.key, s.title, s.publisher, s.published, s.url, s.consulted, s.footnotes, s.language,
				       p.slug, p.name_en, p.name_fr
				FROM source_document s
				LEFT JOIN partnership_source ps ON ps.source_key = s.key
				LEFT JOIN partnership p ON p.id = ps.partnership_id AND NOT p.retired
				ORDER BY s.key <> 'emn-inform-smp-2022', nullif(split_part(s.footnotes, ',', 1), '')::int NULLS LAST,
				         s.title, p.name_en""", row -> {
			String key = row.getString("key");
			if (!sources.containsKey(key)) {
				sources.put(key, new CitedSource(key, row.getString("title"), row.getString("publisher"),
						row.getString("published"), row.getString("url"), row.getString("consulted"),
						row.getString("footnotes"), row.getString("language"), new ArrayList<>()));
			}
			CitedSource source = sources.get(key);
			if (row.getString("slug") != null) {
				source.citedBy().add(new Citation(row.getString("slug"),
						new LocalizedText(row.getString("name_en"), row.getString("name_fr"))));
			}
		});
		return List.copyOf(sources.values());
	}

	record CitedSource(String key, String title, String publisher, String published, String url, String consulted,
			String footnotes, String language, List<Citation> citedBy) {
	}

	record Citation(String slug, LocalizedText name) {
	}

	record Result(long total, List<PartnershipSummary> items, Map<Facet, List<FacetCount>> counts,
			Map<String, LocalizedText> markedSummaries) {
	}

	public record Listing(long total, List<PartnershipSummary> items) {

		public boolean isComplete() {
			return items.size() == total;
		}

	}

	MapSqlParameterSource parameters(CatalogueFilter filter, Locale locale) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		filter.selections().forEach((facet, values) -> parameters.addValue(facet.parameter(), values));
		if (filter.query() != null) {
			SearchQuery query = SearchQuery.parse(filter.query(), vocabulary, locale);
			parameters.addValue("forms", query.forms(), Types.ARRAY);
			parameters.addValue("kinds", query.kinds(), Types.ARRAY);
			parameters.addValue("terms", query.termNumbers(), Types.ARRAY);
			parameters.addValue("reader", query.readerLanguage());
			parameters.addValue("marks", Highlight.OPTIONS);
		}
		parameters.addValue("from", filter.fromYear());
		parameters.addValue("to", filter.toYear());
		parameters.addValue("limit", filter.pageSize());
		parameters.addValue("offset", filter.offset());
		return parameters;
	}

	/** Partnerships that are published and match the search text and years, before any facet. */
	private static String baseConditions(CatalogueFilter filter) {
		StringJoiner conditions = new StringJoiner(" AND ");
		conditions.add("NOT p.retired");
		if (filter.query() != null) {
			conditions.add("p.search_document @@ " + TEXT_QUERY);
		}
		if (filter.fromYear() != null) {
			conditions.add("p.start_year IS NOT NULL AND coalesce(p.end_year, 9999) >= :from");
		}
		if (filter.toYear() != null) {
			conditions.add("p.start_year <= :to");
		}
		return conditions.toString();
	}

	private static String facetCondition(Facet facet) {
		return "p.id IN (SELECT partnership_id FROM (" + facet.relation() + ") r WHERE r.value IN (:"
				+ facet.parameter() + "))";
	}

	private static String matchColumn(Facet facet) {
		return "m_" + facet.parameter();
	}

	/**
	 * Counts the result and, for every value of every facet, the partnerships that match all the other
	 * facets and have that value ({@code with_value}), and those of them that the facet's own current
	 * selection leaves out ({@code added}): ticking the value adds exactly those. On the bitmaps of the
	 * version's {@link FacetIndex} (kept in the cache, brought forward from the previous version's), else in SQL.
	 */
	FacetCounts countFacets(CatalogueFilter filter, MapSqlParameterSource parameters) {
		FacetIndex index = facetIndex();
		if (index == null) {
			return countFacetsInSql(filter, parameters);
		}
		FacetCounts counts = new FacetCounts();
		index.count(base(index, filter, parameters), filter.selections(), counts);
		return counts;
	}

	/** This version's index, or null when the facets are counted in SQL. */
	private FacetIndex facetIndex() {
		return facetIndex ? cache.getAtVersion("facet-index", "", facetIndexes::at) : null;
	}

	/** The published partnerships that the selection's text and years (still SQL) let through. */
	private RoaringBitmap base(FacetIndex index, CatalogueFilter filter, MapSqlParameterSource parameters) {
		if (filter.query() == null && filter.fromYear() == null && filter.toYear() == null) {
			return index.published();
		}
		String sql = "SELECT p.id FROM partnership p WHERE " + baseConditions(filter);
		if (filter.query() == null) {
			return index.base(jdbc, sql, parameters);
		}
		// A common word matches most entries, and the planner then reads every row and its search document
		// (out of line, in TOAST): 0.6-0.9 s at 100,000 entries. The text index answers it exactly, reading
		// only the rows' pages: 0.2 s. The planner does not count the documents' reading; this statement is told.
		jdbc.getJdbcOperations().execute("SET LOCAL enable_seqscan = off");
		try {
			return index.base(jdbc, sql, parameters);
		}
		finally {
			jdbc.getJdbcOperations().execute("RESET enable_seqscan");
		}
	}

	/** The same counts in one statement: the SQL that {@link FacetIndex} must agree with. */
	FacetCounts countFacetsInSql(CatalogueFilter filter, MapSqlParameterSource parameters) {
		Set<Facet> selected = filter.selections().keySet();
		StringJoiner base = new StringJoiner(", ", "WITH base AS (SELECT ", " FROM partnership p WHERE "
				+ baseConditions(filter) + ")");
		base.add("p.id");
		selected.forEach(facet -> base.add(facetCondition(facet) + " AS " + matchColumn(facet)));
		StringJoiner sql = new StringJoiner("\nUNION ALL\n", base + "\n", "");
		sql.add("SELECT 'total' AS facet, NULL AS value, count(*) FILTER (WHERE " + allMatch(selected, null)
				+ ") AS with_value, 0 AS added FROM base");
		for (Facet facet : Facet.values()) {
			String added = selected.contains(facet) ? "count(*) FILTER (WHERE NOT " + matchColumn(facet) + ")" : "0";
			sql.add("SELECT '" + facet.parameter() + "', r.value, count(*), " + added + " FROM base b JOIN ("
					+ facet.relation() + ") r ON r.partnership_id = b.id WHERE " + allMatch(selected, facet)
					+ " GROUP BY r.value");
		}
		FacetCounts counts = new FacetCounts();
		jdbc.query(sql.toString(), parameters, row -> {
			counts.add(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4));
		});
		return counts;
	}

	private static String allMatch(Set<Facet> selected, Facet except) {
		StringJoiner all = new StringJoiner(" AND ").setEmptyValue("true");
		selected.stream().filter(facet -> facet != except).forEach(facet -> all.add(matchColumn(facet)));
		return all.toString();
	}

	private static String resultsSql(CatalogueFilter filter, Locale locale) {
		return """
				SELECT p.slug, p.name_en, p.name_fr, p.acronym, p.kind, p.status, p.start_year, p.start_month,
				       p.end_year, p.end_month, p.period_note_en, p.period_note_fr, p.summary_en, p.summary_fr, p.updated_at,
				       ARRAY(SELECT country_code FROM partnership_destination_country WHERE partnership_id = p.id ORDER BY 1) AS destination_countries,
				       ARRAY(SELECT region_slug FROM partnership_destination_region WHERE partnership_id = p.id ORDER BY 1) AS destination_regions,
				       ARRAY(SELECT country_code FROM partnership_origin_country WHERE partnership_id = p.id ORDER BY 1) AS origin_countries,
				       ARRAY(SELECT region_slug FROM partnership_origin_region WHERE partnership_id = p.id ORDER BY 1) AS origin_regions,
				       ARRAY(SELECT sector_slug FROM partnership_sector WHERE partnership_id = p.id ORDER BY 1) AS sectors,
				       ARRAY(SELECT element || ':' || status FROM partnership_element WHERE partnership_id = p.id) AS elements,
				       ARRAY(SELECT measure || ':' || kind || ':' || qualifier || ':' || value_low || ':'
				                    || coalesce(value_high::text, '') || ':' || unit
				             FROM partnership_figure WHERE partnership_id = p.id AND measure IN ('PLANNED', 'REACHED')
				               AND unit IN ('PEOPLE', 'PEOPLE_PER_YEAR') ORDER BY position) AS people_figures%s
				FROM partnership p
				WHERE %s
				ORDER BY %s
				LIMIT :limit OFFSET :offset""".formatted(filter.query() == null ? "" : ",\n" + MARKED_SUMMARIES,
				allConditions(filter), order(filter, locale));
	}

	/** The slugs of every partnership the filter selects, in the catalogue's order, without paging. */
	List<String> matchingSlugs(CatalogueFilter filter, Locale locale) {
		return jdbc.queryForList("SELECT p.slug FROM partnership p WHERE %s ORDER BY %s".formatted(allConditions(filter),
				order(filter, locale)), parameters(filter, locale), String.class);
	}

	/** The selection's slugs, most recently updated first, at most {@code limit}: for feeds. */
	List<String> newestSlugs(CatalogueFilter filter, int limit, Locale locale) {
		MapSqlParameterSource parameters = parameters(filter, locale).addValue("newest", limit);
		return jdbc.queryForList("SELECT p.slug FROM partnership p WHERE %s ORDER BY p.updated_at DESC NULLS LAST, p.slug LIMIT :newest"
			.formatted(allConditions(filter)), parameters, String.class);
	}

	/** Every selected partnership's slug and last change, in the catalogue's order: for the sitemap. */
	List<Tally.Stamped> stamped(CatalogueFilter filter, Locale locale) {
		return jdbc.query("SELECT p.slug, p.updated_at FROM partnership p WHERE %s ORDER BY %s".formatted(allConditions(filter),
				order(filter, locale)), parameters(filter, locale),
				(row, number) -> new Tally.Stamped(row.getString(1), row.getTimestamp(2).toInstant()));
	}

	/**
	 * The selection's counts by destination, origin, sector, kind, year and element: on the version's
	 * {@link FacetIndex}, else in one aggregate statement.
	 */
	Tally tally(CatalogueFilter filter, Locale locale) {
		return cache.get("tally", countKey(filter, locale), () -> {
			FacetIndex index = facetIndex();
			MapSqlParameterSource parameters = parameters(filter, locale);
			return index == null ? tallyInSql(filter, parameters) : index.tally(selected(index, filter, parameters));
		});
	}

	/** The selection's partnerships on the index: its text and years, narrowed by its facets. */
	private RoaringBitmap selected(FacetIndex index, CatalogueFilter filter, MapSqlParameterSource parameters) {
		return index.selected(base(index, filter, parameters), filter.selections());
	}

	/** The same counts in one statement: the SQL that the index's {@link FacetIndex#tally} must agree with. */
	Tally tallyInSql(CatalogueFilter filter, MapSqlParameterSource parameters) {
		Tally tally = Tally.empty();
		long[] total = { 0 };
		jdbc.query("""
				WITH sel AS MATERIALIZED (SELECT p.id, p.kind, p.start_year, p.end_year FROM partnership p WHERE %s)
				SELECT 'total' AS dimension, NULL AS key, NULL AS status, count(*) AS n FROM sel
				UNION ALL SELECT 'destination', d.country_code, NULL, count(*)
				  FROM sel JOIN partnership_destination_country d ON d.partnership_id = sel.id GROUP BY 2
				UNION ALL SELECT 'destination-region', d.region_slug, NULL, count(*)
				  FROM sel JOIN partnership_destination_region d ON d.partnership_id = sel.id GROUP BY 2
				UNION ALL SELECT 'origin', o.country_code, NULL, count(*)
				  FROM sel JOIN partnership_origin_country o ON o.partnership_id = sel.id GROUP BY 2
				UNION ALL SELECT 'origin-region', o.region_slug, NULL, count(*)
				  FROM sel JOIN partnership_origin_region o ON o.partnership_id = sel.id GROUP BY 2
				UNION ALL SELECT 'sector', s.sector_slug, NULL, count(*)
				  FROM sel JOIN partnership_sector s ON s.partnership_id = sel.id GROUP BY 2
				UNION ALL SELECT 'kind', kind, NULL, count(*) FROM sel WHERE kind IS NOT NULL GROUP BY 2
				UNION ALL SELECT 'start', start_year::text, NULL, count(*) FROM sel WHERE start_year IS NOT NULL GROUP BY 2
				UNION ALL SELECT 'end', end_year::text, NULL, count(*) FROM sel WHERE end_year IS NOT NULL GROUP BY 2
				UNION ALL SELECT 'element', e.element, e.status, count(*)
				  FROM sel JOIN partnership_element e ON e.partnership_id = sel.id GROUP BY 2, 3""".formatted(allConditions(filter)),
				parameters, row -> {
					if ("total".equals(row.getString(1))) {
						total[0] = row.getLong(4);
					}
					else {
						tally.add(row.getString(1), row.getString(2), row.getString(3), row.getLong(4));
					}
				});
		return tally.withTotal(total[0]);
	}

	/**
	 * Every origin × destination of the selection's partnerships, countries and regions alike, with their
	 * count: on the version's {@link FacetIndex}, else in one statement.
	 */
	List<Tally.Corridor> corridors(CatalogueFilter filter, Locale locale) {
		return cache.get("corridors", countKey(filter, locale), () -> {
			FacetIndex index = facetIndex();
			MapSqlParameterSource parameters = parameters(filter, locale);
			return index == null ? corridorsInSql(filter, parameters) : index.corridors(selected(index, filter, parameters));
		});
	}

	/** The same corridors in one statement: the SQL that the index's {@link FacetIndex#corridors} must agree with. */
	List<Tally.Corridor> corridorsInSql(CatalogueFilter filter, MapSqlParameterSource parameters) {
		return jdbc.query("""
				WITH sel AS MATERIALIZED (SELECT p.id FROM partnership p WHERE %s),
				origins AS (SELECT partnership_id, country_code AS key, false AS region FROM partnership_origin_country
				            UNION ALL SELECT partnership_id, region_slug, true FROM partnership_origin_region),
				destinations AS (SELECT partnership_id, country_code AS key, false AS region FROM partnership_destination_country
				                 UNION ALL SELECT partnership_id, region_slug, true FROM partnership_destination_region)
				SELECT o.key, o.region, d.key, d.region, count(*)
				FROM sel JOIN origins o ON o.partnership_id = sel.id JOIN destinations d ON d.partnership_id = sel.id
				GROUP BY 1, 2, 3, 4""".formatted(allConditions(filter)), parameters,
				(row, number) -> new Tally.Corridor(row.getString(1), row.getBoolean(2), row.getString(3), row.getBoolean(4),
						row.getLong(5)));
	}

	private static String allConditions(CatalogueFilter filter) {
		StringJoiner conditions = new StringJoiner(" AND ");
		conditions.add(baseConditions(filter));
		filter.selections().keySet().forEach(facet -> conditions.add(facetCondition(facet)));
		return conditions.toString();
	}

	private static String order(CatalogueFilter filter, Locale locale) {
		String name = "lower(immutable_unaccent(" + ("fr".equals(locale.getLanguage()) ? "coalesce(p.name_fr, p.name_en)"
				: "coalesce(p.name_en, p.name_fr)") + "))";
		String order = switch (filter.sort()) {
			case RELEVANCE -> RANK + " DESC, " + name;
			case NAME -> name;
			case START -> "p.start_year NULLS LAST, p.start_month NULLS FIRST, " + name;
			case START_DESC -> "p.start_year DESC NULLS LAST, p.start_month DESC NULLS LAST, " + name;
			case UPDATED -> "p.updated_at DESC, " + name;
		};
		return order + ", p.id";
	}

	private static PartnershipSummary summary(ResultSet row, ReferenceData reference) throws SQLException {
		return new PartnershipSummary(row.getString("slug"),
				new LocalizedText(row.getString("name_en"), row.getString("name_fr")), row.getString("acronym"),
				Kind.valueOf(row.getString("kind")), Status.valueOf(row.getString("status")),
				new Period(row.getObject("start_year", Integer.class), row.getObject("start_month", Integer.class),
						row.getObject("end_year", Integer.class), row.getObject("end_month", Integer.class),
						new LocalizedText(row.getString("period_note_en"), row.getString("period_note_fr"))),
				new LocalizedText(row.getString("summary_en"), row.getString("summary_fr")),
				places(row.getArray("destination_countries"), row.getArray("destination_regions"), reference),
				places(row.getArray("origin_countries"), row.getArray("origin_regions"), reference),
				row.getTimestamp("updated_at").toInstant(), glance(row, reference));
	}

	/** The row's figures and elements, read with it as "MEASURE:KIND:QUALIFIER:LOW:HIGH:UNIT" and "ELEMENT:STATUS". */
	private static AtAGlance glance(ResultSet row, ReferenceData reference) throws SQLException {
		Map<Element, ElementStatus> elements = new EnumMap<>(Element.class);
		for (String pair : (String[]) row.getArray("elements").getArray()) {
			String[] parts = pair.split(":", 2);
			elements.put(Element.valueOf(parts[0]), ElementStatus.valueOf(parts[1]));
		}
		List<Figure> figures = new ArrayList<>();
		for (String encoded : (String[]) row.getArray("people_figures").getArray()) {
			String[] parts = encoded.split(":", -1);
			figures.add(new Figure(Figure.Kind.valueOf(parts[1]), Figure.Measure.valueOf(parts[0]),
					Figure.Qualifier.valueOf(parts[2]), new BigDecimal(parts[3]),
					parts[4].isEmpty() ? null : new BigDecimal(parts[4]), Figure.Unit.valueOf(parts[5]), null, null, null));
		}
		List<LocalizedText> sectors = Arrays.stream((String[]) row.getArray("sectors").getArray())
			.map(slug -> reference.sectors().getOrDefault(slug, new LocalizedText(slug, slug)))
			.toList();
		return new AtAGlance(AtAGlance.keyFigures(figures), elements, sectors);
	}

	private static List<Place> places(Array countries, Array regions, ReferenceData reference) throws SQLException {
		return Stream.concat(
				Arrays.stream((String[]) countries.getArray())
					.map(code -> new Place(code, reference.countries().get(code), false)),
				Arrays.stream((String[]) regions.getArray())
					.map(slug -> new Place(slug, reference.regions().get(slug), true)))
			.toList();
	}

	/** Rows of the counting statement, gathered per facet. */
	static final class FacetCounts implements VersionedCache.Sized, FacetIndex.Counts {

		private long total;

		private final Map<Facet, List<FacetCount>> byFacet = new EnumMap<>(Facet.class);

		@Override
		public void total(long total) {
			this.total = total;
		}

		@Override
		public void add(Facet facet, String value, long withValue, long added) {
			byFacet.computeIfAbsent(facet, x -> new ArrayList<>()).add(new FacetCount(value, withValue, added));
		}

		void add(String facet, String value, long withValue, long added) {
			if ("total".equals(facet)) {
				total = withValue;
				return;
			}
			Facet.ofParameter(facet)
				.ifPresent(f -> byFacet.computeIfAbsent(f, x -> new ArrayList<>()).add(new FacetCount(value, withValue, added)));
		}

		long total() {
			return total;
		}

		Map<Facet, List<FacetCount>> byFacet() {
			return byFacet;
		}

		@Override
		public int size() {
			return byFacet.values().stream().mapToInt(List::size).sum();
		}

	}

	record FacetCount(String value, long withValue, long added) {
	}

}
