package eu.smpcatalogue.partnership;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.smpcatalogue.i18n.LocalizedText;

import org.springframework.data.domain.Limit;
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
		return repository.findBySlugAndRetiredFalse(slug).map(this::loadForDisplay);
	}

	/**
	 * The first {@code limit} related partnerships ({@link PartnershipRepository#findRelatedIds}), the
	 * programme first, then by name; more tells that there are others. Between two busy countries there can
	 * be thousands, so the page shows a few and links to the rest in the catalogue.
	 */
	public Related related(Partnership partnership, int limit) {
		List<Long> ids = repository.findRelatedIds(partnership, partnership.getDestinationCountries(),
				partnership.getOriginCountries(), Limit.of(limit + 1));
		List<Long> shown = ids.subList(0, Math.min(limit, ids.size()));
		Map<Long, Partnership> byId = shown.isEmpty() ? Map.of()
				: repository.findWithPlaces(shown).stream().collect(Collectors.toMap(Partnership::getId, Function.identity()));
		return new Related(shown.stream().map(byId::get).filter(Objects::nonNull).map(PartnershipSummary::withGlance).toList(),
				ids.size() > limit);
	}

	/** Related partnerships as a page lists them, and whether there are more. */
	public record Related(List<PartnershipSummary> items, boolean more) {

		public boolean isEmpty() {
			return items.isEmpty();
		}

	}

	public List<PartnershipSummary> withDestination(String countryCode, Locale locale) {
		return summaries(repository.findWithDestination(countryCode), locale);
	}

	public List<PartnershipSummary> withOrigin(String countryCode, Locale locale) {
		return summaries(repository.findWithOrigin(countryCode), locale);
	}

	/** The published partnerships with these slugs, in that order, fully loaded (for exports and comparisons). */
	public List<Partnership> findPublished(List<String> slugs) {
		Map<String, Partnership> bySlug = loadForDisplay(repository.findBySlugInAndRetiredFalse(slugs)).stream()
			.collect(Collectors.toMap(Partnership::getSlug, Function.identity()));
		return slugs.stream().map(bySlug::get).filter(Objects::nonNull).toList();
	}

	/** Any partnership, retired or not, for those who may edit or restore it. */
	public Optional<Partnership> findAny(String slug) {
		return repository.findBySlug(slug).map(this::loadForDisplay);
	}

	/** The partnerships, retired ones included, that involve an organisation in any role. */
	public List<String> slugsInvolving(String organisationSlug) {
		return repository.findSlugsInvolving(organisationSlug);
	}

	/** The partnerships, retired ones included, that cite a source document, as a source or for a figure. */
	public List<String> slugsCiting(String sourceKey) {
		return repository.findSlugsCiting(sourceKey);
	}

	/** The slugs of a programme's parts that readers see, read from the database (not the loaded collection). */
	public List<String> publishedPartSlugs(Partnership programme) {
		return repository.findPublishedPartSlugs(programme);
	}

	/** The slug of the programme the entry with this slug is linked to, retired or not. */
	public Optional<String> partOfSlug(String slug) {
		return repository.findPartOfSlug(slug);
	}

	public boolean isSlugTaken(String slug) {
		return repository.existsBySlug(slug) || repository.findSlugForAlias(slug).isPresent();
	}

	/** Where an old address now points, after an administrator changed a slug. */
	public Optional<String> currentSlugFor(String oldSlug) {
		return repository.findSlugForAlias(oldSlug);
	}

	public List<PartnershipSummary> retired(Locale locale) {
		return summaries(repository.findByRetiredTrueOrderBySlug(), locale);
	}

	/** Saves and flushes, so that the version check happens now and the new version is known. */
	@Transactional
	public Partnership save(Partnership partnership) {
		return repository.saveAndFlush(partnership);
	}

	@Transactional
	public void changeSlug(Partnership partnership, String newSlug) {
		repository.addAlias(partnership.getSlug(), partnership.getId());
		partnership.changeSlug(newSlug);
	}

	/** Slug and name of the partnerships with these ids (as text), for lists of changes. */
	public Map<String, Named> namesByIds(Collection<String> ids) {
		List<Long> numbers = ids.stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList();
		return repository.findNames(numbers)
			.stream()
			.collect(Collectors.toMap(named -> named.id().toString(), Function.identity()));
	}

	/** The slug, name and id of a published partnership, without loading the rest of it. */
	public Optional<Named> findPublishedName(String slug) {
		return repository.findName(slug).filter(named -> !named.retired());
	}

	/** A partnership by name, to link to it. */
	public record Named(Long id, String slug, LocalizedText name, boolean retired) {
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

	private Partnership loadForDisplay(Partnership partnership) {
		loadForDisplay(List.of(partnership));
		return partnership;
	}

	/**
	 * Everything a page or an export shows of these partnerships, in five statements whatever their
	 * number (not one per collection and entry): each fetches some collections into the same
	 * persistence context.
	 */
	private List<Partnership> loadForDisplay(List<Partnership> partnerships) {
		if (partnerships.isEmpty()) {
			return partnerships;
		}
		List<Long> ids = partnerships.stream().map(Partnership::getId).toList();
		repository.fetchPlacesAndSectors(ids);
		repository.fetchActorsAndNames(ids);
		repository.fetchElements(ids);
		repository.fetchFiguresAndSources(ids);
		repository.fetchParts(ids);
		return partnerships;
	}

}
