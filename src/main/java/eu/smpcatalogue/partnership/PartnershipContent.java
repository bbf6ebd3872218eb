package eu.smpcatalogue.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.source.SourceReference;

/** Everything an editor can say about a partnership, resolved to the catalogue's own terms. */
public record PartnershipContent(LocalizedText name, String acronym, List<AlternativeName> alternativeNames, Kind kind,
		Category category, Status status, LocalizedText statusNote, Period period, LocalizedText summary,
		LocalizedText description, LocalizedText targetGroup, SkillLevel skillLevel, LocalizedText rationale,
		LocalizedText operation, LocalizedText outcomes, BigDecimal budgetAmount, String budgetCurrency,
		LocalizedText budgetNote, Set<Country> destinationCountries, Set<Region> destinationRegions,
		Set<Country> originCountries, Set<Region> originRegions, Set<Sector> sectors, Set<Involvement> involvements,
		Map<Element, ElementAssessment> elements, List<Figure> figures, List<SourceReference> sources,
		Set<CatalogueLink> catalogueLinks, Country reportingCountry, Partnership partOf, LocalDate lastVerifiedOn) {
}
