package eu.smpcatalogue.partnership;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hibernate.Hibernate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published partnerships: what readers may see, fully loaded for the page that shows them. */
@Service
@Transactional(readOnly = true)
public class Partnerships {

	private final PartnershipRepository repository;

	Partnerships(PartnershipRepository repository) {
		this.repository = repository;
	}

	public Optional<Partnership> findPublished(String slug) {
		return repository.findBySlugAndRetiredFalse(slug).map(Partnerships::loadForDisplay);
	}

	public List<PartnershipSummary> related(Partnership partnership, Locale locale) {
		return summaries(repository.findRelated(partnership, partnership.getDestinationCountries(),
				partnership.getOriginCountries()), locale);
	}

	public List<PartnershipSummary> withDestination(String countryCode, Locale locale) {
		return summaries(repository.findWithDestination(countryCode), locale);
	}

	public List<PartnershipSummary> withOrigin(String countryCode, Locale locale) {
		return summaries(repository.findWithOrigin(countryCode), locale);
	}

	public long countPublished() {
		return repository.countByRetiredFalse();
	}

	private static List<PartnershipSummary> summaries(List<Partnership> partnerships, Locale locale) {
		return partnerships.stream()
			.map(PartnershipSummary::of)
			.sorted(Comparator.comparing(summary -> summary.name().in(locale), String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private static Partnership loadForDisplay(Partnership partnership) {
		Hibernate.initialize(partnership.getAlternativeNames());
		Hibernate.initialize(partnership.getDestinationCountries());
		Hibernate.initialize(partnership.getDestinationRegions());
		Hibernate.initialize(partnership.getOriginCountries());
		Hibernate.initialize(partnership.getOriginRegions());
		Hibernate.initialize(partnership.getSectors());
		partnership.getInvolvements().forEach(involvement -> Hibernate.initialize(involvement.organisation()));
		Hibernate.initialize(partnership.getElementPanel());
		partnership.getFigures().forEach(figure -> Hibernate.initialize(figure.source()));
		partnership.getSources().forEach(source -> Hibernate.initialize(source.document()));
		Hibernate.initialize(partnership.getCatalogueLinks());
		Hibernate.initialize(partnership.getReportingCountry());
		Hibernate.initialize(partnership.getPartOf());
		Hibernate.initialize(partnership.getParts());
		return partnership;
	}

}
