package eu.smpcatalogue.catalogue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.smpcatalogue.caching.VersionedCache;
import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.partnership.Category;
import eu.smpcatalogue.partnership.Element;
import eu.smpcatalogue.partnership.Kind;
import eu.smpcatalogue.partnership.SkillLevel;
import eu.smpcatalogue.partnership.Status;
import eu.smpcatalogue.partnership.Vocabulary;

/**
 * The names of everything a filter can name (countries, regions, sectors, ISCO groups, organisations), read in one
 * statement; they decide which facet values exist.
 */
record ReferenceData(Map<String, LocalizedText> countries, Map<String, LocalizedText> regions,
		Map<String, LocalizedText> sectors, Map<String, LocalizedText> occupations, Map<String, LocalizedText> organisations)
		implements VersionedCache.Sized {

	@Override
	public int size() {
		return countries.size() + regions.size() + sectors.size() + occupations.size() + organisations.size();
	}

	static final String QUERY = """
			SELECT 'COUNTRY' AS type, code AS key, name_en, name_fr FROM country
			UNION ALL SELECT 'REGION', slug, name_en, name_fr FROM region
			UNION ALL SELECT 'SECTOR', slug, name_en, name_fr FROM sector
			UNION ALL SELECT 'OCCUPATION', code, code || ' ' || name_en, code || ' ' || name_fr FROM isco_group
			UNION ALL SELECT 'ORGANISATION', slug, coalesce(acronym || ' – ', '') || name_en,
			                 coalesce(acronym || ' – ', '') || name_fr FROM organisation""";

	private static final Map<Facet, Set<String>> ENUM_VALUES = Map.of(
			Facet.KIND, urlValues(Kind.values()),
			Facet.CATEGORY, urlValues(Category.values()),
			Facet.STATUS, urlValues(Status.values()),
			Facet.SKILL, urlValues(SkillLevel.values()),
			Facet.ELEMENT, Stream.concat(urlValues(Element.values()).stream(), Stream.of("all")).collect(Collectors.toSet()));

	static ReferenceData empty() {
		return new ReferenceData(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
	}

	void add(String type, String key, LocalizedText name) {
		switch (Facet.Values.valueOf(type)) {
			case COUNTRY -> countries.put(key, name);
			case REGION -> regions.put(key, name);
			case SECTOR -> sectors.put(key, name);
			case OCCUPATION -> occupations.put(key, name);
			case ORGANISATION -> organisations.put(key, name);
			case ENUM -> throw new IllegalArgumentException(type);
		}
	}

	boolean allows(Facet facet, String value) {
		return switch (facet.source()) {
			case COUNTRY -> countries.containsKey(value);
			case REGION -> regions.containsKey(value);
			case SECTOR -> sectors.containsKey(value);
			case OCCUPATION -> occupations.containsKey(value);
			case ORGANISATION -> organisations.containsKey(value);
			case ENUM -> ENUM_VALUES.get(facet).contains(value);
		};
	}

	/** The name of a value from the data, or null for enumerated values (named by the message bundles). */
	String nameOf(Facet facet, String value, Locale locale) {
		LocalizedText name = switch (facet.source()) {
			case COUNTRY -> countries.get(value);
			case REGION -> regions.get(value);
			case SECTOR -> sectors.get(value);
			case OCCUPATION -> occupations.get(value);
			case ORGANISATION -> organisations.get(value);
			case ENUM -> null;
		};
		return name == null ? null : name.in(locale);
	}

	/** Where an enumerated value stands in its enum's order ("all" elements last). */
	static int enumPosition(Facet facet, String value) {
		Vocabulary[] terms = switch (facet) {
			case KIND -> Kind.values();
			case CATEGORY -> Category.values();
			case STATUS -> Status.values();
			case SKILL -> SkillLevel.values();
			case ELEMENT -> Element.values();
			default -> new Vocabulary[0];
		};
		for (int i = 0; i < terms.length; i++) {
			if (terms[i].key().equals(value)) {
				return i;
			}
		}
		return terms.length;
	}

	private static Set<String> urlValues(Vocabulary[] terms) {
		return Arrays.stream(terms).map(Vocabulary::key).collect(Collectors.toSet());
	}

}
