package eu.smpcatalogue.compare;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import eu.smpcatalogue.partnership.Element;
import eu.smpcatalogue.partnership.ElementAssessment;
import eu.smpcatalogue.partnership.ElementStatus;
import eu.smpcatalogue.partnership.Partnership;

/**
 * The selected partnerships against the five elements: one row per partnership, in the order asked for,
 * and for each element how many rows have it in each status (the footer's totals).
 */
record ElementMatrix(List<Row> rows, MatrixSort sort, String catalogueSort, String query, Map<Element, Map<ElementStatus, Long>> totals) {

	record Row(Partnership partnership, Map<Element, ElementAssessment> cells, long present) {

		static Row of(Partnership partnership) {
			return new Row(partnership, partnership.getElementPanel(), partnership.countElements(ElementStatus.PRESENT));
		}

	}

	static ElementMatrix of(List<Row> rows, MatrixSort sort, String catalogueSort, String query) {
		Map<Element, Map<ElementStatus, Long>> totals = new EnumMap<>(Element.class);
		for (Element element : Element.values()) {
			Map<ElementStatus, Long> counts = new EnumMap<>(ElementStatus.class);
			for (ElementStatus status : ElementStatus.values()) {
				counts.put(status, rows.stream().filter(row -> row.cells().get(element).status() == status).count());
			}
			totals.put(element, counts);
		}
		return new ElementMatrix(rows, sort, catalogueSort, query, totals);
	}

	public List<Element> elements() {
		return List.of(Element.values());
	}

	/** This selection's matrix (or its CSV) in another order: a plain link that keeps the filters. */
	String link(String path, MatrixSort order) {
		String parameters = query.isEmpty() ? "" : query;
		if (order != MatrixSort.NAME) {
			String value = order == MatrixSort.CATALOGUE ? catalogueSort : order.parameter();
			parameters = parameters.isEmpty() ? "sort=" + value : parameters + "&sort=" + value;
		}
		return parameters.isEmpty() ? path : path + "?" + parameters;
	}

	public String byNameLink() {
		return link("/compare/elements", MatrixSort.NAME);
	}

	public String byElementsLink() {
		return link("/compare/elements", MatrixSort.ELEMENTS);
	}

	public boolean isSortedByElements() {
		return sort == MatrixSort.ELEMENTS;
	}

	public boolean isSortedByName() {
		return sort == MatrixSort.NAME;
	}

	public String csvLink() {
		return link("/compare/elements.csv", sort);
	}

	public String spreadsheetLink() {
		return link("/compare/elements.xlsx", sort);
	}

	/** This matrix's own page, in its order. */
	String pageLink() {
		return link("/compare/elements", sort);
	}

	/** The same selection in the catalogue. */
	public String catalogueLink() {
		return query.isEmpty() ? "/partnerships" : "/partnerships?" + query;
	}

}
