package eu.smpcatalogue.citation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * References in RIS: one {@code TAG  - value} line each (CRLF, as the format asks), an electronic source
 * ({@code ELEC}) per entry, closed by {@code ER}. The corporate author has no comma, so importers keep it
 * whole; the edition of the inform is a note.
 */
final class Ris {

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	private Ris() {
	}

	static String write(List<Reference> references) {
		StringBuilder ris = new StringBuilder();
		for (Reference reference : references) {
			line(ris, "TY", "ELEC");
			line(ris, "ID", reference.key());
			line(ris, "AU", reference.author().replace(",", ""));
			line(ris, "TI", reference.title());
			line(ris, "T2", reference.publisher());
			LocalDate modified = reference.modifiedOn();
			if (modified != null) {
				line(ris, "PY", Integer.toString(modified.getYear()));
				line(ris, "DA", modified.format(SLASHED));
			}
			if (reference.version() != null) {
				line(ris, "ET", reference.version().toString());
			}
			line(ris, "UR", reference.url());
			if (reference.accessed() != null) {
				line(ris, "Y2", reference.accessed().format(SLASHED));
			}
			line(ris, "PB", reference.publisher());
			line(ris, "LA", reference.language());
			line(ris, "N1", reference.note());
			ris.append("ER  - \r\n");
		}
		return ris.toString();
	}

	/** A value is one line: line breaks in it become spaces. */
	private static void line(StringBuilder ris, String tag, String value) {
		ris.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ").strip()).append("\r\n");
	}

}
