package eu.smpcatalogue.api;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.smpcatalogue.catalogue.Selections;
import eu.smpcatalogue.country.Countries;
import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.occupation.CodedFacts;
import eu.smpcatalogue.occupation.CodedOccupation;
import eu.smpcatalogue.occupation.Coding;
import eu.smpcatalogue.occupation.Recognition;
import eu.smpcatalogue.occupation.SkillLevelEvidence;
import eu.smpcatalogue.partnership.Figure;
import eu.smpcatalogue.partnership.Involvement;
import eu.smpcatalogue.partnership.OrganisationDirectory;
import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.partnership.PartnershipSummary;
import eu.smpcatalogue.partnership.Partnerships;
import eu.smpcatalogue.partnership.Region;
import eu.smpcatalogue.partnership.Vocabularies;
import eu.smpcatalogue.source.SourceReference;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Reads the catalogue for the API through the features' public services (the same selection as the
 * catalogue pages) and turns it into the response records.
 */
@Service
class ApiReader {

	/** Facets whose values the message bundles name (the data names countries, sectors and organisations). */
	private static final Map<String, String> ENUM_FACET_MESSAGES = Map.of("kind", "kind.", "category", "category.",
			"status", "status.", "skill", "skill.", "element", "element.");

	private final Selections selections;

	private final Partnerships partnerships;

	private final Countries countries;

	private final Vocabularies vocabularies;

	private final MessageSource messages;

	private final Links links;

	private final CodedFacts codedFacts;

	private final OrganisationDirectory organisationDirectory;

	ApiReader(Selections selections, Partnerships partnerships, Countries countries, Vocabularies vocabularies,
			MessageSource messages, Links links, CodedFacts codedFacts, OrganisationDirectory organisationDirectory) {
		this.codedFacts = codedFacts;
		this.organisationDirectory = organisationDirectory;
		this.selections = selections;
		this.partnerships = partnerships;
		this.countries = countries;
		this.vocabularies = vocabularies;
		this.messages = messages;
		this.links = links;
	}

	// ── Partnerships ────────────────────────────────────────────────────────────────────────────────

	Json.PartnershipList partnerships(MultiValueMap<String, String> parameters, Locale locale) {
		Selections.Page page = selections.page(parameters, locale);
		int pageCount = (int) Math.max(1, (page.total() + page.pageSize() - 1) / page.pageSize());
		if (page.page() > pageCount) {
			throw new ApiNotFoundException("api.error.pastLastPage", Integer.toString(page.page()), pageCount);
		}
		String sort = parameters.getFirst("sort");
		String query = page.query();
		if (sort != null && !sort.isBlank()) {
			query = join(query, "sort=" + Links.encode(sort.strip()));
		}
		ListPages pages = new ListPages(links, query, page.pageSize());
		Json.ListLinks listLinks = new Json.ListLinks(pages.api(page.page()),
				page.page() < pageCount ? pages.api(page.page() + 1) : null,
				page.page() > 1 ? pages.api(page.page() - 1) : null, pages.api(1), pages.api(pageCount),
				pages.html(page.page()));
		return new Json.PartnershipList(page.total(), page.page(), page.pageSize(), pageCount,
				page.items().stream().map(this::summary).toList(),
				facets("all".equals(parameters.getFirst("facets")) ? page.facets() : page.mostUsedFacets(parameters), locale),
				listLinks);
	}

	/** Links to pages of one selection; page size and page only where they differ from the catalogue's defaults. */
	private record ListPages(Links links, String query, int pageSize) {

		String api(int page) {
			return links.withQuery("/api/partnerships", join(query, "page=" + page + "&size=" + pageSize));
		}

		String html(int page) {
			String paging = (pageSize != 20 ? "size=" + pageSize : "") + (page != 1 ? (pageSize != 20 ? "&" : "") + "page=" + page : "");
			return links.withQuery("/partnerships", join(query, paging));
		}

	}

	private static String join(String query, String more) {
		if (query == null || query.isEmpty()) {
			return more;
		}
		return more.isEmpty() ? query : query + "&" + more;
	}

	private Map<String, List<Json.FacetValue>> facets(List<Selections.FacetValues> facets, Locale locale) {
		// Every filter is there, with an empty list when no selected partnership has a value of it: the shape of
		// an answer never depends on the data (a facet without values is left out of the selection's counts).
		Map<String, List<Json.FacetValue>> byFacet = new LinkedHashMap<>();
		for (RecordComponent facet : Json.Facets.class.getRecordComponents()) {
			byFacet.put(facet.getName(), List.of());
		}
		for (Selections.FacetValues facet : facets) {
			String prefix = ENUM_FACET_MESSAGES.get(facet.facet());
			byFacet.put(facet.facet(), facet.values().stream().map(value -> new Json.FacetValue(value.value(),
					value.name() != null || prefix == null ? value.name()
							: messages.getMessage(prefix + value.value(), null, value.value(), locale),
					value.count())).toList());
		}
		return byFacet;
	}

	private Json.PartnershipSummary summary(PartnershipSummary summary) {
		List<Json.CountryRef> destinationCountries = new ArrayList<>();
		List<Json.RegionRef> destinationRegions = new ArrayList<>();
		split(summary.destinations(), destinationCountries, destinationRegions);
		List<Json.CountryRef> originCountries = new ArrayList<>();
		List<Json.RegionRef> originRegions = new ArrayList<>();
		split(summary.origins(), originCountries, originRegions);
		return new Json.PartnershipSummary(summary.slug(), text(summary.name()), summary.acronym(),
				Links.key(summary.kind()), Links.key(summary.status()), period(summary.period()), text(summary.summary()),
				new Json.Places(destinationCountries, destinationRegions), new Json.Places(originCountries, originRegions),
				instant(summary.updatedAt()), new Json.Links(links.partnershipApi(summary.slug()),
						links.partnershipHtml(summary.slug())));
	}

	private static void split(List<PartnershipSummary.Place> places, List<Json.CountryRef> countries,
			List<Json.RegionRef> regions) {
		for (PartnershipSummary.Place place : places) {
			if (place.region()) {
				regions.add(new Json.RegionRef(place.code(), text(place.name())));
			}
			else {
				countries.add(new Json.CountryRef(place.code(), text(place.name())));
			}
		}
	}

	/** The partnership, or empty if no published one has this slug now. */
	Optional<Json.Partnership> partnership(String slug) {
		return partnerships.findPublished(List.of(slug)).stream().findFirst().map(this::partnership);
	}

	/** Where an address from before an administrator changed a slug now points. */
	Optional<String> currentSlugFor(String oldSlug) {
		return partnerships.currentSlugFor(oldSlug);
	}

	private Json.Partnership partnership(Partnership p) {
		Coding coding = codedFacts.of(p.getId());
		return new Json.Partnership(p.getSlug(), text(p.getName()), p.getAcronym(),
				p.getAlternativeNames().stream().map(alt -> new Json.AlternativeName(alt.name(), alt.language())).toList(),
				Links.key(p.getKind()), Links.key(p.getCategory()), Links.key(p.getStatus()), text(p.getStatusNote()),
				period(p.getPeriod()), text(p.getSummary()), text(p.getDescription()), text(p.getTargetGroup()),
				Links.key(p.getSkillLevel()), skillLevelEvidence(p, coding),
				coding.occupations().stream().map(ApiReader::occupation).toList(), recognition(coding.recognition()),
				text(p.getRationale()), text(p.getOperation()), text(p.getOutcomes()),
				budget(p), places(p.getDestinationCountries(), p.getDestinationRegions()),
				places(p.getOriginCountries(), p.getOriginRegions()),
				p.getSectors().stream().map(s -> new Json.SectorRef(s.getSlug(), text(s.getName()))).toList(),
				organisations(p.getInvolvements()),
				p.getElementPanel().entrySet().stream()
					.map(e -> new Json.ElementAssessment(e.getKey().key(), e.getValue().status().key(),
							text(e.getValue().evidence())))
					.toList(),
				p.getFigures().stream().map(ApiReader::figure).toList(),
				p.getSources().stream().map(ApiReader::source).toList(),
				new Json.Text(messages.getMessage("citation.edition", null, Locale.ENGLISH),
						messages.getMessage("citation.edition", null, Locale.FRENCH)),
				p.getCatalogueLinks().stream()
					.map(link -> new Json.CatalogueLink(Links.key(link.catalogue()), link.url()))
					.sorted(Comparator.comparing(Json.CatalogueLink::catalogue).thenComparing(Json.CatalogueLink::url))
					.toList(),
				p.getReportingCountry() == null ? null
						: new Json.CountryRef(p.getReportingCountry().getCode(), text(p.getReportingCountry().getName())),
				p.getPartOf() == null ? null : partnershipRef(p.getPartOf().getSlug(), p.getPartOf().getName()),
				p.getParts().stream().map(part -> partnershipRef(part.getSlug(), part.getName())).toList(),
				p.getLastVerifiedOn() == null ? null : p.getLastVerifiedOn().toString(), instant(p.getCreatedAt()),
				instant(p.getUpdatedAt()), p.getVersion(),
				new Json.PartnershipLinks(links.partnershipApi(p.getSlug()), links.partnershipHtml(p.getSlug()),
						links.absolute("/partnerships/" + Links.encode(p.getSlug()) + "/history"),
						links.partnershipHtml(p.getSlug()) + "/cite.bib", links.partnershipHtml(p.getSlug()) + "/cite.ris",
						links.partnershipHtml(p.getSlug()) + "/cite.csl.json"));
	}

	/** The sentence behind the level, while it is the partnership's level. */
	private static Json.SkillLevelEvidence skillLevelEvidence(Partnership p, Coding coding) {
		SkillLevelEvidence evidence = coding.skillLevel();
		if (evidence == null || !evidence.supports(p.getSkillLevel())) {
			return null;
		}
		return new Json.SkillLevelEvidence(Links.key(evidence.level()), evidence.eqfLevel(), text(evidence.words()),
				text(evidence.sentence()), evidence.locator());
	}

	private static Json.Occupation occupation(CodedOccupation occupation) {
		return new Json.Occupation(occupation.group().code(), Links.key(occupation.group().level()),
				text(occupation.group().name()), text(occupation.words()), text(occupation.sentence()), occupation.locator());
	}

	private static Json.Recognition recognition(Recognition recognition) {
		return new Json.Recognition(Links.key(recognition.what().value()), text(recognition.what().sentence()),
				recognition.body().value() == null ? null : recognition.body().value().slug(), text(recognition.body().sentence()),
				Links.key(recognition.timing().value()), text(recognition.timing().sentence()),
				Links.key(recognition.result().value()), text(recognition.result().sentence()), recognition.locator());
	}

	private static Json.Budget budget(Partnership p) {
		boolean noNote = p.getBudgetNote() == null || p.getBudgetNote().isEmpty();
		if (p.getBudgetAmount() == null && noNote) {
			return null;
		}
		return new Json.Budget(p.getBudgetAmount(), p.getBudgetCurrency(), text(p.getBudgetNote()));
	}

	private static List<Json.OrganisationRole> organisations(Set<Involvement> involvements) {
		return involvements.stream()
			.sorted(Comparator.comparing((Involvement i) -> i.role().ordinal())
				.thenComparing(i -> i.organisation().getSlug()))
			.map(i -> new Json.OrganisationRole(i.organisation().getSlug(), i.organisation().getAcronym(),
					text(i.organisation().getName()), Links.key(i.organisation().getType()), Links.key(i.role()), evidence(i)))
			.toList();
	}

	private static Json.RoleEvidence evidence(Involvement involvement) {
		if (!involvement.hasEvidence()) {
			return null;
		}
		return new Json.RoleEvidence(text(involvement.evidence()),
				involvement.source() == null ? null : involvement.source().getKey(),
				involvement.source() == null ? null : involvement.source().getTitle(), involvement.sourceLocator());
	}

	private static Json.Figure figure(Figure figure) {
		Json.FigureSource source = figure.source() == null && figure.sourceLocator() == null ? null
				: new Json.FigureSource(figure.source() == null ? null : figure.source().getKey(),
						figure.source() == null ? null : figure.source().getTitle(), figure.sourceLocator());
		return new Json.Figure(Links.key(figure.kind()), Links.key(figure.measure()), Links.key(figure.qualifier()),
				figure.valueLow(), figure.valueHigh(), Links.key(figure.unit()), text(figure.label()), source);
	}

	private static Json.Source source(SourceReference reference) {
		var document = reference.document();
		return new Json.Source(document.getKey(), document.getTitle(), document.getPublisher(), document.getPublished(),
				document.getUrl(), reference.locator(), document.getConsulted());
	}

	private static Json.Places places(Collection<eu.smpcatalogue.country.Country> countries, Collection<Region> regions) {
		return new Json.Places(countries.stream().map(c -> new Json.CountryRef(c.getCode(), text(c.getName()))).toList(),
				regions.stream()
					.sorted(Comparator.comparing(Region::getSlug))
					.map(r -> new Json.RegionRef(r.getSlug(), text(r.getName())))
					.toList());
	}

	private Json.PartnershipRef partnershipRef(String slug, LocalizedText name) {
		return new Json.PartnershipRef(slug, text(name),
				new Json.Links(links.partnershipApi(slug), links.partnershipHtml(slug)));
	}

	// ── Countries ───────────────────────────────────────────────────────────────────────────────────

	Json.CountryList countries(Locale locale) {
		Map<String, Map<String, Long>> counts = facetCounts(locale);
		List<Json.CountrySummary> items = countries.all()
			.stream()
			.sorted(Comparator.comparing(eu.smpcatalogue.country.Country::getCode))
			.map(c -> new Json.CountrySummary(c.getCode(), c.getEmnCode(), text(c.getName()), c.isEuMember(),
					counts.getOrDefault("destination", Map.of()).getOrDefault(c.getCode(), 0L),
					counts.getOrDefault("origin", Map.of()).getOrDefault(c.getCode(), 0L), countryLinks(c.getCode())))
			.toList();
		return new Json.CountryList(items.size(), items);
	}

	/** EMN's EL for Greece and any letter case are accepted, as on the country pages. */
	Json.Country country(String code, Locale locale) {
		eu.smpcatalogue.country.Country c = countries.find(code)
			.orElseThrow(() -> new ApiNotFoundException("api.error.noCountry", code));
		var answer = c.getEmnAnswer();
		Json.EmnAnswer emn = answer == null ? new Json.EmnAnswer(false, null, null, false, false, null, null, "NOT_ASKED", null)
				: new Json.EmnAnswer(answer.wasAsked(), answer.responded(), answer.reportedSmps(), answer.publicDebate(),
						answer.relatedInitiatives(), text(answer.narrative()), answer.contactPointUrl(),
						answer.participation().name(), answer.contactPointUrlLikely());
		return new Json.Country(c.getCode(), c.getEmnCode(), text(c.getName()), c.isEuMember(), emn,
				c.getSources().stream().map(ApiReader::source).toList(),
				partnerships.withDestination(c.getCode(), locale).stream().map(s -> partnershipRef(s.slug(), s.name())).toList(),
				partnerships.withOrigin(c.getCode(), locale).stream().map(s -> partnershipRef(s.slug(), s.name())).toList(),
				instant(c.getUpdatedAt()), c.getVersion(), countryLinks(c.getCode()));
	}

	private Json.CountryLinks countryLinks(String code) {
		return new Json.CountryLinks(links.absolute("/api/countries/" + code), links.absolute("/countries/" + code),
				links.absolute("/api/partnerships?destination=" + code), links.absolute("/api/partnerships?origin=" + code));
	}

	// ── Sectors and organisations ───────────────────────────────────────────────────────────────────

	Json.SectorList sectors(Locale locale) {
		Map<String, Long> counts = facetCounts(locale).getOrDefault("sector", Map.of());
		List<Json.Sector> items = vocabularies.sectors()
			.stream()
			.map(s -> new Json.Sector(s.getSlug(), text(s.getName()), counts.getOrDefault(s.getSlug(), 0L),
					filterLinks("sector", s.getSlug())))
			.toList();
		return new Json.SectorList(items.size(), items);
	}

	Json.OrganisationList organisations(Locale locale) {
		Map<String, Map<String, Long>> counts = facetCounts(locale);
		Map<String, OrganisationDirectory.Entry> directory = organisationDirectory
			.find(new OrganisationDirectory.Filter(null, null, null, null), locale)
			.stream()
			.collect(java.util.stream.Collectors.toMap(entry -> entry.organisation().getSlug(), entry -> entry));
		List<Json.Organisation> items = vocabularies.organisations()
			.stream()
			.map(o -> new Json.Organisation(o.getSlug(), o.getAcronym(), text(o.getName()), Links.key(o.getType()),
					counts.getOrDefault("funder", Map.of()).getOrDefault(o.getSlug(), 0L),
					counts.getOrDefault("implementer", Map.of()).getOrDefault(o.getSlug(), 0L),
					directory.containsKey(o.getSlug())
							? directory.get(o.getSlug()).roles().stream().map(Links::key).toList() : List.of(),
					directory.containsKey(o.getSlug()) ? directory.get(o.getSlug()).partnerships() : 0L,
					new Json.OrganisationLinks(filterLinks("funder", o.getSlug()).partnerships(),
							filterLinks("implementer", o.getSlug()).partnerships(),
							links.absolute("/organisations/" + Links.encode(o.getSlug())))))
			.toList();
		return new Json.OrganisationList(items.size(), items);
	}

	private Json.FilterLinks filterLinks(String parameter, String value) {
		String query = parameter + "=" + Links.encode(value);
		return new Json.FilterLinks(links.withQuery("/api/partnerships", query), links.withQuery("/partnerships", query));
	}

	/** The whole catalogue's facet counts: for each facet value, how many published partnerships have it. */
	private Map<String, Map<String, Long>> facetCounts(Locale locale) {
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		for (Selections.FacetValues facet : selections.page(new LinkedMultiValueMap<>(), locale).facets()) {
			Map<String, Long> byValue = new LinkedHashMap<>();
			facet.values().forEach(value -> byValue.put(value.value(), value.count()));
			counts.put(facet.facet(), byValue);
		}
		return counts;
	}

	// ── Values ──────────────────────────────────────────────────────────────────────────────────────

	static Json.Text text(LocalizedText text) {
		return text == null ? null : new Json.Text(text.en(), text.fr());
	}

	private static Json.Period period(eu.smpcatalogue.partnership.Period period) {
		return new Json.Period(period.startYear(), period.startMonth(), period.endYear(), period.endMonth(),
				iso(period.startYear(), period.startMonth()), iso(period.endYear(), period.endMonth()), text(period.note()));
	}

	/** "2019" or "2019-03" (ISO 8601 reduced precision), or null when the source gives no year. */
	static String iso(Integer year, Integer month) {
		if (year == null) {
			return null;
		}
		return month == null ? String.format(Locale.ROOT, "%04d", year) : String.format(Locale.ROOT, "%04d-%02d", year, month);
	}

	private static String instant(Instant instant) {
		return instant == null ? null : instant.toString();
	}

}
