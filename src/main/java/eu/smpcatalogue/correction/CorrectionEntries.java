package eu.smpcatalogue.correction;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.smpcatalogue.country.Countries;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.history.EntryType;
import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.partnership.Partnerships;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the entries readers suggest corrections for, and whose they are: a partnership belongs to the
 * contact point of its reporting country, or, when no country reports it, to those of its destination
 * countries; a country's entry to its own contact point.
 */
@Component
@Transactional(readOnly = true)
class CorrectionEntries {

	private final Partnerships partnerships;

	private final Countries countries;

	CorrectionEntries(Partnerships partnerships, Countries countries) {
		this.partnerships = partnerships;
		this.countries = countries;
	}

	/** A published partnership, by its current slug. */
	Optional<CorrectionEntry> partnership(String slug) {
		return partnerships.findPublished(slug).map(CorrectionEntries::entry);
	}

	Optional<CorrectionEntry> country(String code) {
		return countries.find(code).map(CorrectionEntries::entry);
	}

	Optional<CorrectionEntry> find(EntryType type, String key) {
		return switch (type) {
			case COUNTRY -> country(key);
			case PARTNERSHIP -> named(List.of(key)).values().stream().findFirst();
		};
	}

	/** The entries of these corrections, by "TYPE:key", in a statement or two whatever their number. */
	Map<String, CorrectionEntry> of(Collection<Correction> corrections) {
		Map<String, CorrectionEntry> entries = new HashMap<>();
		List<String> partnershipIds = corrections.stream()
			.filter(correction -> correction.entryType() == EntryType.PARTNERSHIP)
			.map(Correction::entryKey)
			.distinct()
			.toList();
		named(partnershipIds).forEach((id, entry) -> entries.put(EntryType.PARTNERSHIP + ":" + id, entry));
		corrections.stream()
			.filter(correction -> correction.entryType() == EntryType.COUNTRY)
			.map(Correction::entryKey)
			.distinct()
			.forEach(code -> country(code).ifPresent(entry -> entries.put(EntryType.COUNTRY + ":" + code, entry)));
		return entries;
	}

	/** Partnerships by id, named (their owners are those stored with each suggestion). */
	private Map<String, CorrectionEntry> named(List<String> ids) {
		Map<String, CorrectionEntry> entries = new HashMap<>();
		if (ids.isEmpty()) {
			return entries;
		}
		partnerships.namesByIds(ids)
			.forEach((id, named) -> entries.put(id, new CorrectionEntry(EntryType.PARTNERSHIP, id,
					"/partnerships/" + named.slug(), named.name(), List.of(), named.retired())));
		return entries;
	}

	private static CorrectionEntry entry(Partnership partnership) {
		List<String> owners = partnership.getReportingCountry() != null ? List.of(partnership.getReportingCountry().getCode())
				: partnership.getDestinationCountries().stream().map(Country::getCode).sorted().toList();
		return new CorrectionEntry(EntryType.PARTNERSHIP, partnership.getId().toString(), "/partnerships/" + partnership.getSlug(),
				partnership.getName(), owners, partnership.isRetired());
	}

	private static CorrectionEntry entry(Country country) {
		return new CorrectionEntry(EntryType.COUNTRY, country.getCode(), "/countries/" + country.getCode(), country.getName(),
				List.of(country.getCode()), false);
	}

}
