package eu.smpcatalogue.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The response bodies of the API: dedicated records with stable camelCase names, never JPA entities, so
 * that a change of the domain model cannot silently change what clients read. Dates are ISO 8601 strings.
 * <p>
 * The OpenAPI document is read from here ({@link ApiDocument}): every field is always present (required),
 * and may be {@code null} only where it is marked {@link Nullable}; a vocabulary field names its list of
 * values by {@code @Schema(ref = …)}, a schema built from the domain's enum.
 */
final class Json {

	private Json() {
	}

	@Schema(description = "A text in English and French; either may be null when the source gives none (then "
			+ "readers are shown the other).", example = "{\"en\": \"Belgium\", \"fr\": \"Belgique\"}")
	record Text(@Schema(example = "Belgium") @Nullable String en, @Schema(example = "Belgique") @Nullable String fr) {
	}

	@Schema(description = "What went wrong, in the request's language (English or French); every error of the API has this shape.")
	record Error(@Schema(description = "The HTTP status, repeated", example = "400") int status,
			@Schema(description = "The status's reason phrase", example = "Bad Request") String error,
			@Schema(description = "What to change", example = "The filter \"origin\" has no value \"ZZ\". Pick a value from the list of filters.") String message) {
	}

	// ── Partnerships ────────────────────────────────────────────────────────────────────────────────

	@Schema(description = "One page of a selection of partnerships, with the facet counts of the whole selection.")
	record PartnershipList(@Schema(description = "Partnerships in the selection", example = "9") long total,
			@Schema(description = "This page's number, from 1", example = "1") int page,
			@Schema(description = "Items per page", example = "20") int pageSize,
			@Schema(description = "Number of pages (1 for an empty selection)", example = "1") int pageCount,
			List<PartnershipSummary> items,
			@Schema(implementation = Facets.class) Map<String, List<FacetValue>> facets, ListLinks links) {
	}

	@Schema(description = "For each filter parameter, its values with the number of selected partnerships that have each "
			+ "(ignoring that filter's own selection), as the catalogue page counts them.")
	record Facets(List<FacetValue> destination, List<FacetValue> origin, List<FacetValue> region,
			List<FacetValue> sector, List<FacetValue> occupation, List<FacetValue> kind, List<FacetValue> category, List<FacetValue> status,
			List<FacetValue> skill, List<FacetValue> funder, List<FacetValue> implementer, List<FacetValue> element) {
	}

	record FacetValue(@Schema(description = "The value to pass as the filter parameter", example = "MA") String value,
			@Schema(description = "Its name in the request's language", example = "Morocco") String name,
			@Schema(example = "3") long count) {
	}

	record ListLinks(@Schema(format = "uri", example = "https://smp.example.org/api/partnerships?origin=MA&page=1&size=20") String self,
			@Schema(format = "uri", description = "null on the last page", example = "https://smp.example.org/api/partnerships?origin=MA&page=2&size=20") @Nullable String next,
			@Schema(format = "uri", description = "null on the first page", example = "https://smp.example.org/api/partnerships?origin=MA&page=1&size=20") @Nullable String prev,
			@Schema(format = "uri", example = "https://smp.example.org/api/partnerships?origin=MA&page=1&size=20") String first,
			@Schema(format = "uri", example = "https://smp.example.org/api/partnerships?origin=MA&page=3&size=20") String last,
			@Schema(format = "uri", description = "The same selection as a catalogue page", example = "https://smp.example.org/partnerships?origin=MA") String html) {
	}

	record PartnershipSummary(@Schema(ref = "Slug") String slug, Text name,
			@Schema(example = "PALIM") @Nullable String acronym, @Schema(ref = "Kind") String kind,
			@Schema(ref = "Status") String status, Period period, Text summary, Places destinations, Places origins,
			@Schema(format = "date-time", example = "2026-11-27T10:15:30Z") String updatedAt, Links links) {
	}

	record Links(@Schema(format = "uri", description = "This entry in the API", example = "https://smp.example.org/api/partnerships/palim") String self,
			@Schema(format = "uri", description = "This entry's page", example = "https://smp.example.org/partnerships/palim") String html) {
	}

	@Schema(description = "When it ran, as precisely as the source says; every part is null where the source is silent.")
	record Period(@Schema(minimum = "1900", maximum = "2100", example = "2019") @Nullable Integer startYear,
			@Schema(minimum = "1", maximum = "12", example = "3") @Nullable Integer startMonth,
			@Schema(minimum = "1900", maximum = "2100", example = "2021") @Nullable Integer endYear,
			@Schema(minimum = "1", maximum = "12", example = "4") @Nullable Integer endMonth,
			@Schema(description = "The start as ISO 8601 year or year-month", pattern = "^\\d{4}(-\\d{2})?$", example = "2019-03") @Nullable String start,
			@Schema(description = "The end as ISO 8601 year or year-month", pattern = "^\\d{4}(-\\d{2})?$", example = "2021-04") @Nullable String end,
			@Schema(description = "The period as the source words it") @Nullable Text note) {
	}

	record Places(List<CountryRef> countries, List<RegionRef> regions) {
	}

	record CountryRef(@Schema(ref = "CountryCode") String code, Text name) {
	}

	record RegionRef(@Schema(ref = "Slug") String slug, Text name) {
	}

	@Schema(description = "One partnership with every field the catalogue holds.")
	record Partnership(@Schema(ref = "Slug") String slug, Text name, @Schema(example = "PALIM") @Nullable String acronym,
			List<AlternativeName> alternativeNames, @Schema(ref = "Kind") String kind,
			@Schema(ref = "Category") String category, @Schema(ref = "Status") String status,
			@Schema(description = "The status as the source words it") @Nullable Text statusNote, Period period,
			Text summary, @Nullable Text description, @Nullable Text targetGroup,
			@Schema(ref = "SkillLevel") String skillLevel,
			@Schema(description = "The source's sentence behind the skill level; null where the level is not stated") @Nullable SkillLevelEvidence skillLevelEvidence,
			@Schema(description = "The occupations it targets, coded to ISCO-08 as precisely as the source supports, by code") List<Occupation> occupations,
			@Schema(description = "How skills are recognised; each part not-stated (and its sentence null) unless the source says it") Recognition recognition,
			@Schema(description = "Why it started") @Nullable Text rationale,
			@Schema(description = "How it works") @Nullable Text operation,
			@Schema(description = "What it achieved: outcomes and evaluations") @Nullable Text outcomes,
			@Schema(description = "null when the source gives neither amount nor note") @Nullable Budget budget,
			Places destinations, Places origins, List<SectorRef> sectors, List<OrganisationRole> organisations,
			@Schema(description = "Always the five elements, in order") List<ElementAssessment> elements,
			List<Figure> figures, @Schema(description = "The EMN inform first") List<Source> sources,
			@Schema(description = "The edition of the EMN inform the data comes from, worded as the page's citation, "
					+ "the citation downloads and the exports name it") Text edition,
			List<CatalogueLink> catalogueLinks,
			@Schema(description = "Whose EMN contact point answers for it") @Nullable CountryRef reportingCountry,
			@Schema(description = "The wider programme (null while it is retired)") @Nullable PartnershipRef partOf,
			@Schema(description = "Its parts, for a programme (retired parts left out)") List<PartnershipRef> parts,
			@Schema(format = "date", example = "2026-11-27") @Nullable String lastVerifiedOn,
			@Schema(format = "date-time", example = "2026-11-27T10:15:30Z") String createdAt,
			@Schema(format = "date-time", example = "2026-11-27T10:15:30Z") String updatedAt,
			@Schema(description = "Changes with every saved edit", example = "3") long version, PartnershipLinks links) {
	}

	@Schema(description = "An occupation it targets: an ISCO-08 group, the source's words for it and their sentence.")
	record Occupation(@Schema(description = "The ISCO-08 code: 1 digit a major group, 2 a sub-major, 3 a minor, 4 a unit group", pattern = "^[0-9]{1,4}$", example = "2221") String isco,
			@Schema(ref = "IscoLevel") String level,
			@Schema(description = "The ILO's title (English) and the CITP-08's (French)") Text name,
			@Schema(description = "The source's words") Text words,
			@Schema(description = "The source's sentence (French as printed, English translated)") Text sentence,
			@Schema(description = "Where the source says it", example = "Box 7, section 5.3") String locator) {
	}

	@Schema(description = "The sentence behind a skill level, and the EQF level where the source names a qualification that has one.")
	record SkillLevelEvidence(@Schema(ref = "SkillLevel") String level,
			@Schema(minimum = "1", maximum = "8", example = "7") @Nullable Integer eqfLevel, Text words, Text sentence,
			@Schema(example = "Box 8, section 5.3") String locator) {
	}

	@Schema(description = "What is recognised, by which body, when and with what result; each with its sentence where stated.")
	record Recognition(@Schema(ref = "RecognisedWhat") String what, @Nullable Text whatSentence,
			@Schema(description = "The recognising organisation's slug (see /api/organisations)") @Nullable String body,
			@Nullable Text bodySentence, @Schema(ref = "RecognitionTiming") String timing, @Nullable Text timingSentence,
			@Schema(ref = "RecognitionResult") String result, @Nullable Text resultSentence,
			@Schema(description = "Where the source says it; null when nothing is stated", example = "Box 1, section 4.1") @Nullable String locator) {
	}

	record PartnershipLinks(@Schema(format = "uri", example = "https://smp.example.org/api/partnerships/palim") String self,
			@Schema(format = "uri", example = "https://smp.example.org/partnerships/palim") String html,
			@Schema(format = "uri", description = "Its history of edits", example = "https://smp.example.org/partnerships/palim/history") String history,
			@Schema(format = "uri", description = "Its citation as BibTeX (application/x-bibtex)", example = "https://smp.example.org/partnerships/palim/cite.bib") String bibtex,
			@Schema(format = "uri", description = "Its citation as RIS (application/x-research-info-systems)", example = "https://smp.example.org/partnerships/palim/cite.ris") String ris,
			@Schema(format = "uri", description = "Its citation as CSL-JSON (application/vnd.citationstyles.csl+json)", example = "https://smp.example.org/partnerships/palim/cite.csl.json") String cslJson) {
	}

	record AlternativeName(@Schema(example = "Projet pilote répondant aux pénuries de main-d'œuvre") String name,
			@Schema(description = "BCP 47 language tag", example = "fr") @Nullable String language) {
	}

	record Budget(@Schema(minimum = "0", example = "1500000") @Nullable BigDecimal amount,
			@Schema(description = "ISO 4217 code, with the amount", example = "EUR") @Nullable String currency,
			@Nullable Text note) {
	}

	record SectorRef(@Schema(ref = "Slug") String slug, Text name) {
	}

	record OrganisationRole(@Schema(ref = "Slug") String slug, @Schema(example = "Enabel") @Nullable String acronym,
			Text name, @Schema(ref = "OrganisationType") String type, @Schema(ref = "Role") String role,
			@Schema(description = "The source's sentence that supports the role, and where the source says it; null where none is given") @Nullable RoleEvidence evidence) {
	}

	@Schema(description = "The sentence of a source that supports an organisation's role: the EMN inform's French as printed (ligature gaps repaired) with an English rendering, either language being enough")
	record RoleEvidence(Text sentence, @Schema(ref = "Slug") @Nullable String sourceKey,
			@Schema(example = "Skills Mobility Partnerships – EMN Inform") @Nullable String sourceTitle,
			@Schema(description = "Where in the source", example = "Box 7, section 5.3") @Nullable String locator) {
	}

	record ElementAssessment(@Schema(ref = "Element") String element, @Schema(ref = "ElementStatus") String status,
			@Schema(description = "What the source says; null only where the element is not documented") @Nullable Text evidence) {
	}

	record Figure(@Schema(ref = "FigureKind") String kind, @Schema(ref = "FigureMeasure") String measure,
			@Schema(ref = "FigureQualifier") String qualifier, @Schema(example = "30") BigDecimal valueLow,
			@Schema(description = "Set for ranges only", example = "60") @Nullable BigDecimal valueHigh,
			@Schema(ref = "FigureUnit") String unit, Text label, FigureSource source) {
	}

	record FigureSource(@Schema(ref = "Slug") String key,
			@Schema(example = "Skills Mobility Partnerships – EMN Inform") String title,
			@Schema(description = "Where in the source", example = "Box 6, section 5.3") String locator) {
	}

	record Source(@Schema(ref = "Slug") String key, @Schema(example = "Skills Mobility Partnerships (information sheet)") String title,
			@Schema(example = "International Organization for Migration (IOM)") @Nullable String publisher,
			@Schema(description = "As precise as the source says", example = "2022-02") @Nullable String published,
			@Schema(format = "uri", example = "https://eea.iom.int/sites/g/files/tmzbdl666/files/documents/Skills-Mobility-Partnerships-Infosheet.pdf") @Nullable String url,
			@Schema(description = "Section, box or footnote", example = "Section 5.3 (Belgium), Box 6") @Nullable String locator,
			@Schema(description = "When the address was consulted: ISO 8601 date or year-month", pattern = "^\\d{4}-\\d{2}(-\\d{2})?$",
					example = "2022-02-22") @Nullable String consulted) {
	}

	record CatalogueLink(@Schema(ref = "Catalogue") String catalogue,
			@Schema(format = "uri", example = "https://www.enabel.be/") String url) {
	}

	record PartnershipRef(@Schema(ref = "Slug") String slug, Text name, Links links) {
	}

	// ── Countries, sectors, organisations ───────────────────────────────────────────────────────────

	record CountryList(@Schema(example = "60") int total, List<CountrySummary> items) {
	}

	record CountrySummary(@Schema(ref = "CountryCode") String code,
			@Schema(description = "EMN's code where it differs (Greece: EL)", pattern = "^[A-Z]{2}$", example = "EL") @Nullable String emnCode,
			Text name, @Schema(example = "true") boolean euMember, @Schema(example = "3") long partnershipsAsDestination,
			@Schema(example = "0") long partnershipsAsOrigin, CountryLinks links) {
	}

	record CountryLinks(@Schema(format = "uri", example = "https://smp.example.org/api/countries/BE") String self,
			@Schema(format = "uri", example = "https://smp.example.org/countries/BE") String html,
			@Schema(format = "uri", example = "https://smp.example.org/api/partnerships?destination=BE") String partnershipsAsDestination,
			@Schema(format = "uri", example = "https://smp.example.org/api/partnerships?origin=BE") String partnershipsAsOrigin) {
	}

	record Country(@Schema(ref = "CountryCode") String code,
			@Schema(description = "EMN's code where it differs (Greece: EL)", pattern = "^[A-Z]{2}$", example = "EL") @Nullable String emnCode,
			Text name, @Schema(example = "true") boolean euMember, EmnAnswer emnAnswer, List<Source> sources,
			List<PartnershipRef> partnershipsAsDestination, List<PartnershipRef> partnershipsAsOrigin,
			@Schema(format = "date-time", example = "2026-11-27T10:15:30Z") String updatedAt,
			@Schema(example = "0") long version, CountryLinks links) {
	}

	@Schema(description = "The country's answer to EMN ad-hoc query 2021.44; asked is false (and responded, reportedSmps "
			+ "null) for countries not asked, and for those the inform only leaves out of its 23 respondents "
			+ "(participation NOT_AMONG_RESPONDENTS: the source says no more).")
	record EmnAnswer(@Schema(example = "true") boolean asked, @Schema(example = "true") @Nullable Boolean responded,
			@Schema(example = "true") @Nullable Boolean reportedSmps, @Schema(example = "false") boolean publicDebate,
			@Schema(example = "true") boolean relatedInitiatives, @Nullable Text narrative,
			@Schema(format = "uri", description = "The EMN national contact point's website, as the source prints it", example = "https://emnbelgium.be") @Nullable String contactPointUrl,
			@Schema(allowableValues = { "ANSWERED", "DID_NOT_ANSWER", "NOT_AMONG_RESPONDENTS", "NOT_ASKED" }, example = "ANSWERED") String participation,
			@Schema(format = "uri", description = "The address the source most likely means where it prints the contact point's wrongly", example = "http://www.emn.si") @Nullable String contactPointUrlLikely) {
	}

	record SectorList(@Schema(example = "12") int total, List<Sector> items) {
	}

	record Sector(@Schema(ref = "Slug") String slug, Text name, @Schema(example = "4") long partnerships, FilterLinks links) {
	}

	record FilterLinks(@Schema(format = "uri", description = "The API list filtered to it", example = "https://smp.example.org/api/partnerships?sector=health") String partnerships,
			@Schema(format = "uri", description = "The catalogue page filtered to it", example = "https://smp.example.org/partnerships?sector=health") String html) {
	}

	record OrganisationList(@Schema(example = "40") int total, List<Organisation> items) {
	}

	record Organisation(@Schema(ref = "Slug") String slug, @Schema(example = "Enabel") @Nullable String acronym, Text name,
			@Schema(ref = "OrganisationType") String type, @Schema(example = "2") long partnershipsAsFunder,
			@Schema(example = "5") long partnershipsAsImplementer,
			@ArraySchema(schema = @Schema(ref = "Role"), arraySchema = @Schema(description = "The roles it plays in published partnerships, in the roles' order")) List<String> roles,
			@Schema(description = "In how many published partnerships it takes part, in any role", example = "6") long partnerships,
			OrganisationLinks links) {
	}

	record OrganisationLinks(@Schema(format = "uri", example = "https://smp.example.org/api/partnerships?funder=enabel") String partnershipsAsFunder,
			@Schema(format = "uri", example = "https://smp.example.org/api/partnerships?implementer=enabel") String partnershipsAsImplementer,
			@Schema(format = "uri", description = "The organisation's page: its partnerships by role, with the source's sentence for each", example = "https://smp.example.org/organisations/enabel") String html) {
	}

}
