package eu.smpcatalogue.api;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.smpcatalogue.citation.References;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.partnership.Involvement;
import eu.smpcatalogue.partnership.Organisation;
import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.source.SourceDocument;
import eu.smpcatalogue.source.SourceReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How a partnership's page can be cited and harvested: the "cite this entry" text with its permalink,
 * and a schema.org JSON-LD description. Used by the detail page as {@code @citations}.
 */
@Component("citations")
class Citations {

	private final MessageSource messages;

	private final JsonMapper json;

	private final Links links;

	private final References references;

	Citations(MessageSource messages, JsonMapper json, Links links, References references) {
		this.messages = messages;
		this.json = json;
		this.links = links;
		this.references = references;
	}

	/**
	 * The JSON-LD context, inline rather than a link to schema.org's: a JSON-LD processor expands the
	 * description offline, every term to its schema.org IRI, and addresses to IRIs.
	 */
	static final Map<String, Object> CONTEXT = context();

	private static Map<String, Object> context() {
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("@vocab", "https://schema.org/");
		context.put("schema", "https://schema.org/");
		for (String address : List.of("url", "contentUrl")) {
			context.put(address, Map.of("@id", "https://schema.org/" + address, "@type", "@id"));
		}
		return context;
	}

	/** The stable address of the entry: its slug, never a query or a language switch. */
	public String permalink(Partnership partnership) {
		return links.partnershipHtml(partnership.getSlug());
	}

	public String apiUrl(Partnership partnership) {
		return links.partnershipApi(partnership.getSlug());
	}

	/** The day the entry last changed, as readers write it ("27 November 2026"). */
	public String lastUpdated(Partnership partnership, Locale locale) {
		return partnership.getUpdatedAt() == null ? ""
				: DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(partnership.getUpdatedAt().atZone(ZoneOffset.UTC));
	}

	/** The same day in ISO 8601, for {@code <time datetime>} and citation managers. */
	public String lastUpdatedIso(Partnership partnership) {
		return partnership.getUpdatedAt() == null ? "" : partnership.getUpdatedAt().atZone(ZoneOffset.UTC).toLocalDate().toString();
	}

	/** "EMN Belgium. PALIM – Pilot project …. In: SMP Catalogue, last updated 27 November 2026. https://…/partnerships/palim" */
	public String entry(Partnership partnership, Locale locale) {
		return references.text(references.of(partnership, locale), locale);
	}

	/** The edition of the EMN inform, with the section or box of the entry's first source. */
	public String source(Partnership partnership, Locale locale) {
		String locator = firstLocator(partnership);
		String edition = references.edition(locale);
		return locator == null ? messages.getMessage("api.cite.source", new Object[] { edition }, locale)
				: messages.getMessage("api.cite.source.locator", new Object[] { edition, withoutFinalStop(locator) }, locale);
	}

	/** The citation puts its own full stops: a name or locator ending in one would get two. */
	private static String withoutFinalStop(String text) {
		String stripped = text.strip();
		return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
	}

	private static String firstLocator(Partnership partnership) {
		return partnership.getSources().stream().findFirst().map(SourceReference::locator).filter(l -> !l.isBlank()).orElse(null);
	}

	/**
	 * The schema.org description: a Project, described by its catalogue entry (a WebPage in the SMP
	 * Catalogue that cites the EMN inform). Written by Jackson, with {@code <}, {@code >} and {@code &}
	 * escaped as JSON unicode escapes so that no text can close the script element it sits in.
	 */
	public String jsonLd(Partnership partnership, Locale locale) {
		String permalink = permalink(partnership);
		Map<String, Object> project = new LinkedHashMap<>();
		project.put("@context", CONTEXT);
		project.put("@type", "Project");
		project.put("@id", permalink + "#partnership");
		project.put("name", partnership.getName().in(locale));
		List<String> alternateNames = new ArrayList<>();
		if (partnership.getAcronym() != null) {
			alternateNames.add(partnership.getAcronym());
		}
		String otherLanguage = partnership.getName().in("fr".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH);
		if (otherLanguage != null && !otherLanguage.equals(partnership.getName().in(locale))) {
			alternateNames.add(otherLanguage);
		}
		partnership.getAlternativeNames().forEach(alt -> alternateNames.add(alt.name()));
		if (!alternateNames.isEmpty()) {
			project.put("alternateName", alternateNames.stream().distinct().toList());
		}
		putText(project, "description", partnership.getSummary() == null ? null : partnership.getSummary().in(locale));
		project.put("url", permalink);
		var period = partnership.getPeriod();
		putText(project, "foundingDate", ApiReader.iso(period.startYear(), period.startMonth()));
		putText(project, "dissolutionDate", ApiReader.iso(period.endYear(), period.endMonth()));
		List<Map<String, Object>> areas = new ArrayList<>();
		partnership.getDestinationCountries().forEach(country -> areas.add(country(country, locale)));
		partnership.getOriginCountries().forEach(country -> areas.add(country(country, locale)));
		partnership.getDestinationRegions().forEach(region -> areas.add(place(region.getName().in(locale))));
		partnership.getOriginRegions().forEach(region -> areas.add(place(region.getName().in(locale))));
		if (!areas.isEmpty()) {
			project.put("areaServed", areas.stream().distinct().toList());
		}
		List<Map<String, Object>> funders = organisations(partnership, Involvement.Role.FUNDER, locale);
		if (!funders.isEmpty()) {
			project.put("funder", funders);
		}
		List<Map<String, Object>> implementers = organisations(partnership, Involvement.Role.IMPLEMENTER, locale);
		if (!implementers.isEmpty()) {
			// The implementers carry the partnership out on the funders' behalf: its sponsors in schema.org terms.
			project.put("sponsor", implementers);
		}
		if (!partnership.getSectors().isEmpty()) {
			project.put("keywords", partnership.getSectors().stream().map(sector -> sector.getName().in(locale)).toList());
		}
		if (partnership.getPartOf() != null) {
			project.put("parentOrganization", Map.of("@type", "Project", "@id",
					links.partnershipHtml(partnership.getPartOf().getSlug()) + "#partnership", "name",
					partnership.getPartOf().getName().in(locale)));
		}
		project.put("subjectOf", entryPage(partnership, permalink, locale));
		return safeForScript(json.writeValueAsString(project));
	}

	private Map<String, Object> entryPage(Partnership partnership, String permalink, Locale locale) {
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("@type", "WebPage");
		page.put("@id", permalink);
		page.put("url", permalink);
		page.put("name", partnership.getName().in(locale));
		page.put("inLanguage", "fr".equals(locale.getLanguage()) ? "fr" : "en");
		putText(page, "dateCreated", partnership.getCreatedAt() == null ? null : partnership.getCreatedAt().toString());
		putText(page, "dateModified", partnership.getUpdatedAt() == null ? null : partnership.getUpdatedAt().toString());
		page.put("isPartOf", Map.of("@type", "DataCatalog", "name", "SMP Catalogue", "url", links.absolute("/")));
		page.put("encoding", Map.of("@type", "MediaObject", "encodingFormat", "application/json", "contentUrl",
				apiUrl(partnership)));
		Map<String, Object> inform = new LinkedHashMap<>();
		inform.put("@type", "Report");
		// The edition the data comes from, worded as in the cite box, the downloads, the API and the exports.
		inform.put("name", references.edition(locale));
		inform.put("author", Map.of("@type", "Organization", "name", "European Migration Network"));
		inform.put("datePublished", "%d-%02d".formatted(References.EDITION_YEAR, References.EDITION_MONTH));
		inform.put("inLanguage", "fr");
		partnership.getSources()
			.stream()
			.filter(source -> SourceDocument.EMN_INFORM.equals(source.document().getKey()))
			.findFirst()
			.ifPresent(source -> putText(inform, "description", source.locator()));
		page.put("citation", inform);
		return page;
	}

	private static Map<String, Object> country(Country country, Locale locale) {
		Map<String, Object> place = new LinkedHashMap<>();
		place.put("@type", "Country");
		place.put("name", country.getName().in(locale));
		place.put("identifier", country.getCode());
		return place;
	}

	private static Map<String, Object> place(String name) {
		return Map.of("@type", "Place", "name", name);
	}

	private static List<Map<String, Object>> organisations(Partnership partnership, Involvement.Role role, Locale locale) {
		List<Map<String, Object>> found = new ArrayList<>();
		for (Organisation organisation : partnership.organisationsIn(role)) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("@type", "Organization");
			entry.put("name", organisation.getName().in(locale));
			if (organisation.getAcronym() != null) {
				entry.put("alternateName", organisation.getAcronym());
			}
			found.add(entry);
		}
		return found;
	}

	private static void putText(Map<String, Object> map, String key, String value) {
		if (value != null && !value.isBlank()) {
			map.put(key, value);
		}
	}

	/** JSON that stays JSON inside a script element: "</script>" and "<!--" cannot appear in it. */
	static String safeForScript(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
