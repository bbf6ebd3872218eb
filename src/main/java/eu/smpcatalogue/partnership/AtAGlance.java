package eu.smpcatalogue.partnership;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.smpcatalogue.i18n.LocalizedText;

/**
 * What a list row shows of an entry's outcomes: its key figures (people planned and reached) and the status of
 * each of the five elements, so that readers can compare rows without opening them.
 */
public record AtAGlance(List<Figure> keyFigures, Map<Element, ElementStatus> elements, List<LocalizedText> sectors) {

	public static final AtAGlance NONE = new AtAGlance(List.of(), Map.of(), List.of());

	/** The first planned and the first reached count of people, in that order: the figures a reader weighs first. */
	public static List<Figure> keyFigures(List<Figure> figures) {
		List<Figure> key = new ArrayList<>();
		first(figures, Figure.Measure.PLANNED).ifPresent(key::add);
		first(figures, Figure.Measure.REACHED).ifPresent(key::add);
		return key;
	}

	/** Counts of people, the only figures that read the same across entries. */
	public static boolean countsPeople(Figure figure) {
		return figure.unit() == Figure.Unit.PEOPLE || figure.unit() == Figure.Unit.PEOPLE_PER_YEAR;
	}

	private static Optional<Figure> first(List<Figure> figures, Figure.Measure measure) {
		return figures.stream().filter(figure -> figure.measure() == measure && countsPeople(figure)).findFirst();
	}

	static AtAGlance of(Partnership partnership) {
		Map<Element, ElementStatus> elements = new EnumMap<>(Element.class);
		partnership.getElementPanel().forEach((element, assessment) -> elements.put(element, assessment.status()));
		return new AtAGlance(keyFigures(partnership.getFigures()), elements, List.of());
	}

	/** The status of an element; one the source is silent on is "not documented". */
	public ElementStatus status(Element element) {
		return elements.getOrDefault(element, ElementStatus.NOT_DOCUMENTED);
	}

	public List<Element> allElements() {
		return List.of(Element.values());
	}

}
