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

/** The element matrix as CSV rows; the element columns are named as in {@code /partnerships.csv}. */
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

	List<List<String>> rows(ElementMatrix matrix, Locale locale) {
		return matrix.rows().stream().map(row -> {
			List<String> cells = new ArrayList<>(List.of(row.partnership().getSlug(),
					row.partnership().getName().in(locale), publicUrl.of("/partnerships/" + row.partnership().getSlug())));
			for (Element element : Element.values()) {
				ElementAssessment assessment = row.cells().get(element);
				cells.add(messages.getMessage("elementStatus." + assessment.status().key(), null, locale));
				cells.add(assessment.evidence() == null || assessment.evidence().isEmpty() ? ""
						: assessment.evidence().in(locale));
			}
			cells.add(Long.toString(row.present()));
			return cells;
		}).toList();
	}

	String filename() {
		return "smp-element-matrix-" + LocalDate.now(ZoneOffset.UTC) + ".csv";
	}

}
