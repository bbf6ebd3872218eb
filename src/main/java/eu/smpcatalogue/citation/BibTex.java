package eu.smpcatalogue.citation;

import java.time.LocalDate;
import java.util.List;

/**
 * References as BibTeX {@code @misc} entries, readable by BibTeX and biblatex alike: {@code year} and
 * {@code date}, {@code url} and {@code urldate}, the edition's date as {@code origdate}. Values are in UTF-8,
 * with LaTeX's special characters escaped so that any name stays one value.
 */
final class BibTex {

	private BibTex() {
	}

	static String write(List<Reference> references) {
		StringBuilder bib = new StringBuilder();
		for (Reference reference : references) {
			if (!bib.isEmpty()) {
				bib.append('\n');
			}
			entry(bib, reference);
		}
		return bib.toString();
	}

	private static void entry(StringBuilder bib, Reference reference) {
		bib.append("@misc{").append(reference.key()).append(",\n");
		// Double braces: a corporate author, never split into first and last names; a title whose case is kept.
		field(bib, "author", "{" + escape(reference.author()) + "}");
		field(bib, "title", "{" + escape(reference.title()) + "}");
		LocalDate modified = reference.modifiedOn();
		if (modified != null) {
			field(bib, "year", Integer.toString(modified.getYear()));
			field(bib, "date", modified.toString());
		}
		if (reference.version() != null) {
			field(bib, "version", reference.version().toString());
		}
		field(bib, "url", reference.url());
		if (reference.accessed() != null) {
			field(bib, "urldate", reference.accessed().toString());
		}
		field(bib, "howpublished", escape(reference.publisher()));
		field(bib, "publisher", escape(reference.publisher()));
		field(bib, "organization", escape(reference.publisher()));
		field(bib, "origdate", "%d-%02d".formatted(reference.editionYear(), reference.editionMonth()));
		field(bib, "language", "fr".equals(reference.language()) ? "french" : "english");
		field(bib, "note", escape(reference.note()));
		bib.append("}\n");
	}

	private static void field(StringBuilder bib, String name, String value) {
		bib.append("  ").append(name).append(" = {").append(value).append("},\n");
	}

	/** LaTeX's special characters as commands; line breaks as spaces. */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '\\' -> escaped.append("\\textbackslash{}");
				case '{', '}', '&', '%', '$', '#', '_' -> escaped.append('\\').append(c);
				case '~' -> escaped.append("\\textasciitilde{}");
				case '^' -> escaped.append("\\textasciicircum{}");
				case '\r', '\n', '\t' -> escaped.append(' ');
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
