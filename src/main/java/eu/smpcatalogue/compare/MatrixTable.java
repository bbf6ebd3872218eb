package eu.smpcatalogue.compare;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.smpcatalogue.partnership.Element;
import eu.smpcatalogue.partnership.ElementAssessment;
import eu.smpcatalogue.system.PublicUrl;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The element matrix as rows of a CSV or a spreadsheet; the element columns are named as in {@code /partnerships.csv}. */
@Component
class MatrixTable {

	private final MessageSource messages;

	private final PublicUrl publicUrl;

	MatrixTable(MessageSource messages, PublicUrl publicUrl) {
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	static List<String> header() {
		List<String> header = new ArrayList<>(List.of("slug", "name", "url"));
		for (Element element : Element.values()) {
			String column = "element_" + element.key().replace('-', '_');
			header.add(column);
			header.add(column + "_evidence");
		}
		header.add("elements_present");
		return header;
	}

	/** A column's width in a spreadsheet, in characters. */
	static double width(String column) {
		return column.endsWith("_evidence") ? 60 : column.equals("elements_present") ? 12 : column.startsWith("element_") ? 18 : 40;
	}

	/** One row per partnership; {@code elements_present} is a number. */
	List<List<Object>> rows(ElementMatrix matrix, Locale locale) {
		return matrix.rows().stream().map(row -> {
			List<Object> cells = new ArrayList<>(List.of(row.partnership().getSlug(),
					row.partnership().getName().in(locale), publicUrl.of("/partnerships/" + row.partnership().getSlug())));
			for (Element element : Element.values()) {
				ElementAssessment assessment = row.cells().get(element);
				cells.add(messages.getMessage("elementStatus." + assessment.status().key(), null, locale));
				cells.add(assessment.evidence() == null || assessment.evidence().isEmpty() ? ""
						: assessment.evidence().in(locale));
			}
			cells.add(row.present());
			return cells;
		}).toList();
	}

	/** "smp-element-matrix-2026-11-27.csv": dated, since a download is a snapshot. */
	String filename(String extension) {
		return "smp-element-matrix-" + LocalDate.now(ZoneOffset.UTC) + "." + extension;
	}

}
