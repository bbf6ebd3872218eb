package eu.smpcatalogue.editing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.smpcatalogue.country.Countries;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.editing.PartnershipMapping.Terms;
import eu.smpcatalogue.history.PartnershipSnapshot;
import eu.smpcatalogue.partnership.Organisation;
import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.partnership.Partnerships;
import eu.smpcatalogue.partnership.Region;
import eu.smpcatalogue.partnership.Sector;
import eu.smpcatalogue.partnership.Vocabularies;
import eu.smpcatalogue.source.SourceDocument;
import eu.smpcatalogue.source.SourceDocuments;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An entry as one of its revisions saved it, to read: the snapshot read back through the same mapping a
 * restore uses, into a partnership that is never saved. A term the catalogue no longer has (an organisation
 * or source merged into another since) is left out rather than shown empty.
 */
@Service
@Transactional(readOnly = true)
public class PastPartnerships {

	private final Partnerships partnerships;

	private final Countries countries;

	private final Vocabularies vocabularies;

	private final SourceDocuments sourceDocuments;

	PastPartnerships(Partnerships partnerships, Countries countries, Vocabularies vocabularies,
			SourceDocuments sourceDocuments) {
		this.partnerships = partnerships;
		this.countries = countries;
		this.vocabularies = vocabularies;
		this.sourceDocuments = sourceDocuments;
	}

	/** The partnership as it was, at its current slug, dated when the revision was saved. */
	public Partnership asItWas(PartnershipSnapshot snapshot, String slug, Instant savedAt) {
		PartnershipForm form = SnapshotMapping.form(snapshot);
		Partnership partOf = PartnershipMapping.blank(form.getPartOf()) ? null
				: partnerships.findAny(form.getPartOf()).orElse(null);
		Terms terms = new Terms(index(countries.all(), Country::getCode), index(vocabularies.regions(), Region::getSlug),
				index(vocabularies.sectors(), Sector::getSlug), index(vocabularies.organisations(), Organisation::getSlug),
				index(sourceDocuments.all(), SourceDocument::getKey), partOf);
		form.getDestinationCountries().removeIf(code -> !terms.countries().containsKey(code));
		form.getOriginCountries().removeIf(code -> !terms.countries().containsKey(code));
		form.getDestinationRegions().removeIf(region -> !terms.regions().containsKey(region));
		form.getOriginRegions().removeIf(region -> !terms.regions().containsKey(region));
		form.getSectors().removeIf(sector -> !terms.sectors().containsKey(sector));
		form.getOrganisations().values().forEach(organisations -> organisations.removeIf(key -> !terms.organisations().containsKey(key)));
		form.getSources().removeIf(row -> !terms.sources().containsKey(row.getSourceKey()));
		if (!PartnershipMapping.blank(form.getReportingCountry()) && !terms.countries().containsKey(form.getReportingCountry())) {
			form.setReportingCountry(null);
		}
		return Partnership.create(slug, PartnershipMapping.toContent(form, terms), savedAt);
	}

	private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
		return items.stream().collect(Collectors.toMap(key, Function.identity()));
	}

}
