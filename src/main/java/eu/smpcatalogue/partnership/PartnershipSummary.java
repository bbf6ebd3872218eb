package eu.smpcatalogue.partnership;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.i18n.LocalizedText;

/** What a list shows of a partnership: enough to recognise it and choose to open it. */
public record PartnershipSummary(String slug, LocalizedText name, String acronym, Kind kind, Status status,
		Period period, LocalizedText summary, List<Place> destinations, List<Place> origins, Instant updatedAt,
		AtAGlance glance) {

	/** A destination or origin: a country (by ISO code) or a region (by slug). */
	public record Place(String code, LocalizedText name, boolean region) {
	}

	static PartnershipSummary of(Partnership partnership) {
		return of(partnership, AtAGlance.NONE);
	}

	/** With its figures and elements, which the partnership must have fetched (else a statement each). */
	static PartnershipSummary withGlance(Partnership partnership) {
		return of(partnership, AtAGlance.of(partnership));
	}

	private static PartnershipSummary of(Partnership partnership, AtAGlance glance) {
		return new PartnershipSummary(partnership.getSlug(), partnership.getName(), partnership.getAcronym(),
				partnership.getKind(), partnership.getStatus(), partnership.getPeriod(), partnership.getSummary(),
				places(partnership.getDestinationCountries(), partnership.getDestinationRegions()),
				places(partnership.getOriginCountries(), partnership.getOriginRegions()), partnership.getUpdatedAt(), glance);
	}

	private static List<Place> places(Set<Country> countries, Set<Region> regions) {
		return Stream.concat(
				countries.stream().map(country -> new Place(country.getCode(), country.getName(), false)),
				regions.stream().map(region -> new Place(region.getSlug(), region.getName(), true)))
			.toList();
	}

}
