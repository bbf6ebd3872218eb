package eu.smpcatalogue.compare;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.smpcatalogue.catalogue.Selections;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.partnership.Element;
import eu.smpcatalogue.partnership.ElementStatus;
import eu.smpcatalogue.partnership.Involvement;
import eu.smpcatalogue.partnership.Organisation;
import eu.smpcatalogue.partnership.Region;
import eu.smpcatalogue.partnership.Sector;
import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.partnership.Partnerships;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** What the comparison pages show: the element matrix of a selection, and a few partnerships side by side. */
@Component
class Comparisons {

	static final int MIN_SIDE_BY_SIDE = 2;

	static final int MAX_SIDE_BY_SIDE = 6;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

	private final Selections selections;

	private final Partnerships partnerships;

	Comparisons(Selections selections, Partnerships partnerships) {
		this.selections = selections;
		this.partnerships = partnerships;
	}

	/**
	 * The matrix of the catalogue's selection, in the matrix's own orders ({@code sort=name}, the default, or
	 * {@code sort=elements}) or in any of the catalogue's, so that a link from the catalogue always works.
	 */
	ElementMatrix matrix(MultiValueMap<String, String> parameters, Locale locale) {
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(parameters);
		List<String> sortValues = filters.getOrDefault("sort", List.of());
		MatrixSort sort = MatrixSort.NAME;
		String catalogueSort = null;
		if (sortValues.size() == 1) {
			String value = sortValues.get(0).strip();
			if (value.isEmpty() || value.equals(MatrixSort.NAME.parameter()) || value.equals(MatrixSort.ELEMENTS.parameter())) {
				sort = value.equals(MatrixSort.ELEMENTS.parameter()) ? MatrixSort.ELEMENTS : MatrixSort.NAME;
				filters.remove("sort");
			}
			else {
				// Another of the catalogue's orders: the selection checks it, and the rows keep it.
				sort = MatrixSort.CATALOGUE;
				catalogueSort = value;
			}
		}
		Selections.Selection selection = selections.all(filters, locale);
		Collator collator = Collator.getInstance(locale);
		Comparator<ElementMatrix.Row> byName = Comparator.comparing(row -> row.partnership().getName().in(locale), collator);
		Comparator<ElementMatrix.Row> byElements = Comparator.comparingLong(ElementMatrix.Row::present)
			.reversed()
			.thenComparing(Comparator.comparingLong((ElementMatrix.Row row) -> row.partnership().countElements(ElementStatus.PARTLY))
				.reversed())
			.thenComparing(byName);
		List<ElementMatrix.Row> rows = partnerships.findPublished(selection.slugs()).stream().map(ElementMatrix.Row::of).toList();
		if (sort != MatrixSort.CATALOGUE) {
			rows = rows.stream().sorted(sort == MatrixSort.ELEMENTS ? byElements : byName).toList();
		}
		return ElementMatrix.of(rows, sort, catalogueSort, selection.query());
	}

	/** The slugs a reader asked to compare: "a,b,c" or repeated parameters, blanks and repeats dropped. */
	static List<String> slugs(List<String> values) {
		Set<String> slugs = new LinkedHashSet<>();
		for (String value : values == null ? List.<String>of() : values) {
			Arrays.stream(value.split(",")).map(String::strip).filter(slug -> !slug.isEmpty()).forEach(slugs::add);
		}
		if (slugs.size() < MIN_SIDE_BY_SIDE || slugs.size() > MAX_SIDE_BY_SIDE) {
			throw new CompareRequestException(HttpStatus.BAD_REQUEST, "compare.error.count", slugs.size(), MIN_SIDE_BY_SIDE,
					MAX_SIDE_BY_SIDE);
		}
		return List.copyOf(slugs);
	}

	/**
	 * The slugs as they are now: an old slug (from before an administrator changed it) becomes the current one.
	 * A slug that names nothing published is a 404 that says which.
	 */
	List<String> currentSlugs(List<String> slugs) {
		List<String> current = new ArrayList<>();
		for (String slug : slugs) {
			if (!SLUG.matcher(slug).matches()) {
				throw new CompareRequestException(HttpStatus.NOT_FOUND, "compare.error.unknown", slug);
			}
			Optional<String> found = partnerships.findPublishedName(slug).map(Partnerships.Named::slug).or(() -> partnerships.currentSlugFor(slug));
			current.add(found.orElseThrow(() -> new CompareRequestException(HttpStatus.NOT_FOUND, "compare.error.unknown", slug)));
		}
		return current;
	}

	/** For each compared slug, the comparison without it (offered only while more than two remain). */
	static Map<String, String> removeLinks(List<String> slugs) {
		Map<String, String> links = new LinkedHashMap<>();
		for (String slug : slugs) {
			links.put(slug, "/compare?slugs=" + String.join(",", slugs.stream().filter(other -> !other.equals(slug)).toList()));
		}
		return links;
	}

	List<Partnership> sideBySide(List<String> slugs) {
		return partnerships.findPublished(slugs);
	}

	/** What each row of the side-by-side table compares, by the row's name in the template. */
	private static final Map<String, Function<Partnership, Object>> FIELDS = fields();

	private static Map<String, Function<Partnership, Object>> fields() {
		Map<String, Function<Partnership, Object>> fields = new LinkedHashMap<>();
		fields.put("acronym", Partnership::getAcronym);
		fields.put("kind", Partnership::getKind);
		fields.put("category", Partnership::getCategory);
		fields.put("status", Partnership::getStatus);
		fields.put("period", partnership -> partnership.getPeriod().isKnown() ? Arrays.asList(partnership.getPeriod().startYear(),
				partnership.getPeriod().startMonth(), partnership.getPeriod().endYear(), partnership.getPeriod().endMonth())
				: List.of());
		fields.put("destinations", partnership -> keys(partnership.getDestinationCountries().stream().map(Country::getCode),
				partnership.getDestinationRegions().stream().map(Region::getSlug)));
		fields.put("origins", partnership -> keys(partnership.getOriginCountries().stream().map(Country::getCode),
				partnership.getOriginRegions().stream().map(Region::getSlug)));
		fields.put("sectors", partnership -> keys(partnership.getSectors().stream().map(Sector::getSlug), Stream.empty()));
		fields.put("skillLevel", Partnership::getSkillLevel);
		for (Involvement.Role role : Involvement.Role.values()) {
			fields.put(role.name(), partnership -> keys(partnership.organisationsIn(role).stream().map(Organisation::getSlug),
					Stream.empty()));
		}
		for (Element element : Element.values()) {
			fields.put(element.key(), partnership -> partnership.getElementPanel().get(element).status());
		}
		fields.put("figures", partnership -> partnership.getFigures().stream()
			.map(figure -> Arrays.asList(figure.kind(), figure.measure(), figure.valueLow().stripTrailingZeros(), figure.unit()))
			.toList());
		return fields;
	}

	private static Set<String> keys(Stream<String> first, Stream<String> second) {
		return Stream.concat(first, second).collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * The rows where the partnerships are not all alike, so that the page can mark them (in words, not only by
	 * colour). Texts (summaries, target groups, sources) always differ and are not marked.
	 */
	static Set<String> differingFields(List<Partnership> compared) {
		Set<String> differing = new LinkedHashSet<>();
		FIELDS.forEach((name, value) -> {
			if (compared.stream().map(value).map(v -> v == null ? "" : v).distinct().count() > 1) {
				differing.add(name);
			}
		});
		return differing;
	}

}
