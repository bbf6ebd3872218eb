package eu.smpcatalogue.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The response bodies of the API: dedicated records with stable camelCase names, never JPA entities, so
 * that a change of the domain model cannot silently change what clients read. Dates are ISO 8601 strings.
 */
final class Json {

	private Json() {
	}

	@Schema(description = "A text in English and French; either may be null when the source gives none.")
	record Text(String en, String fr) {
	}

	record Error(@Schema(example = "400") int status, @Schema(example = "Bad Request") String error,
			@Schema(example = "The filter \"origin\" has no value \"ZZ\". Pick a value from the list of filters.") String message) {
	}

	// ── Partnerships ────────────────────────────────────────────────────────────────────────────────

	record PartnershipList(long total, int page, int pageSize, int pageCount, List<PartnershipSummary> items,
			@Schema(description = "For each filter parameter, its values with the number of selected partnerships that have each "
					+ "(ignoring that filter's own selection), as the catalogue page counts them.")
			Map<String, List<FacetValue>> facets, ListLinks links) {
	}

	record FacetValue(@Schema(description = "The value to pass as the filter parameter", example = "MA") String value,
			@Schema(description = "Its name in the request's language", example = "Morocco") String name, long count) {
	}

	record ListLinks(String self, @Schema(nullable = true) String next, @Schema(nullable = true) String prev, String first,
			String last, @Schema(description = "The same selection as a catalogue page") String html) {
	}

	record PartnershipSummary(String slug, Text name, String acronym, String kind, String status, Period period,
			Text summary, Places destinations, Places origins,
			@Schema(format = "date-time") String updatedAt, Links links) {
	}

	record Links(String self, String html) {
	}

	record Period(Integer startYear, Integer startMonth, Integer endYear, Integer endMonth,
			@Schema(description = "The start as ISO 8601 year or year-month", example = "2019-03") String start,
			@Schema(description = "The end as ISO 8601 year or year-month", example = "2021-04") String end, Text note) {
	}

	record Places(List<CountryRef> countries, List<RegionRef> regions) {
	}

	record CountryRef(@Schema(description = "ISO 3166-1 alpha-2", example = "MA") String code, Text name) {
	}

	record RegionRef(String slug, Text name) {
	}

	record Partnership(String slug, Text name, String acronym, List<AlternativeName> alternativeNames, String kind,
			String category, String status, Text statusNote, Period period, Text summary, Text description,
			Text targetGroup, String skillLevel, Text rationale, Text operation, Text outcomes, Budget budget,
			Places destinations, Places origins, List<SectorRef> sectors, List<OrganisationRole> organisations,
			List<ElementAssessment> elements, List<Figure> figures, List<Source> sources,
			List<CatalogueLink> catalogueLinks, CountryRef reportingCountry, PartnershipRef partOf,
			List<PartnershipRef> parts, @Schema(format = "date") String lastVerifiedOn,
			@Schema(format = "date-time") String createdAt, @Schema(format = "date-time") String updatedAt, long version,
			PartnershipLinks links) {
	}

	record PartnershipLinks(String self, String html, String history) {
	}

	record AlternativeName(String name, @Schema(description = "BCP 47 language tag", example = "fr") String language) {
	}

	record Budget(BigDecimal amount, String currency, Text note) {
	}

	record SectorRef(String slug, Text name) {
	}

	record OrganisationRole(String slug, String acronym, Text name, String type,
			@Schema(allowableValues = { "funder", "implementer", "partner" }) String role) {
	}

	record ElementAssessment(
			@Schema(allowableValues = { "formal-cooperation", "stakeholders", "training", "skills-recognition",
					"mobility" }) String element,
			@Schema(allowableValues = { "present", "partly", "absent", "not-documented" }) String status, Text evidence) {
	}

	record Figure(@Schema(example = "participants") String kind,
			@Schema(allowableValues = { "planned", "reached", "limit", "typical" }) String measure,
			@Schema(allowableValues = { "exact", "about", "more-than", "less-than", "up-to", "at-least", "range" }) String qualifier,
			BigDecimal valueLow, @Schema(description = "Set for ranges only") BigDecimal valueHigh,
			@Schema(example = "people") String unit, Text label, FigureSource source) {
	}

	record FigureSource(String key, String title, String locator) {
	}

	record Source(String key, String title, String publisher, String published, String url, String locator,
			String consulted) {
	}

	record CatalogueLink(@Schema(example = "cgd-legal-pathways") String catalogue, String url) {
	}

	record PartnershipRef(String slug, Text name, Links links) {
	}

	// ── Countries, sectors, organisations ───────────────────────────────────────────────────────────

	record CountryList(int total, List<CountrySummary> items) {
	}

	record CountrySummary(String code, @Schema(description = "EMN's code where it differs (Greece: EL)") String emnCode,
			Text name, boolean euMember, long partnershipsAsDestination, long partnershipsAsOrigin, CountryLinks links) {
	}

	record CountryLinks(String self, String html, String partnershipsAsDestination, String partnershipsAsOrigin) {
	}

	record Country(String code, String emnCode, Text name, boolean euMember, EmnAnswer emnAnswer, List<Source> sources,
			List<PartnershipRef> partnershipsAsDestination, List<PartnershipRef> partnershipsAsOrigin,
			@Schema(format = "date-time") String updatedAt, long version, CountryLinks links) {
	}

	@Schema(description = "The country's answer to EMN ad-hoc query 2021.44; asked is false for countries not asked.")
	record EmnAnswer(boolean asked, Boolean responded, Boolean reportedSmps, boolean publicDebate,
			boolean relatedInitiatives, Text narrative, String contactPointUrl) {
	}

	record SectorList(int total, List<Sector> items) {
	}

	record Sector(String slug, Text name, long partnerships, FilterLinks links) {
	}

	record FilterLinks(@Schema(description = "The API list filtered to it") String partnerships,
			@Schema(description = "The catalogue page filtered to it") String html) {
	}

	record OrganisationList(int total, List<Organisation> items) {
	}

	record Organisation(String slug, String acronym, Text name, String type, long partnershipsAsFunder,
			long partnershipsAsImplementer, OrganisationLinks links) {
	}

	record OrganisationLinks(String partnershipsAsFunder, String partnershipsAsImplementer) {
	}

}
