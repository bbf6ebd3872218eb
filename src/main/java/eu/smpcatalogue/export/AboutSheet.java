package eu.smpcatalogue.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import eu.smpcatalogue.system.PublicUrl;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The "About" sheet of a spreadsheet download: what it holds, where the data comes from (the EMN inform,
 * French edition, February 2022), the terms of reuse, the day of the export and the address of the
 * selection on the catalogue's public address, so that a file passed on still says what it is.
 */
@Component
public class AboutSheet {

	private final MessageSource messages;

	private final PublicUrl publicUrl;

	AboutSheet(MessageSource messages, PublicUrl publicUrl) {
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	public String name(Locale locale) {
		return messages.getMessage("exports.about.sheet", null, locale);
	}

	/**
	 * The lines, a label and a value each. {@code contentKey} names what the file holds; {@code selectionPath}
	 * is the selection's page in the catalogue ("/partnerships?origin=MA").
	 */
	public List<List<?>> lines(String contentKey, String selectionPath, long rows, LocalDate exportedOn, Locale locale) {
		return List.of(line("exports.about.content", message(contentKey, locale), locale),
				line("exports.about.rows", rows, locale), line("exports.about.selection", publicUrl.of(selectionPath), locale),
				line("exports.about.exportedOn", exportedOn, locale),
				line("exports.about.source", message("exports.about.source.value", locale), locale),
				line("exports.about.terms", message("exports.about.terms.value", locale), locale),
				line("exports.about.catalogue", publicUrl.of("/"), locale));
	}

	private List<?> line(String labelKey, Object value, Locale locale) {
		return List.of(message(labelKey, locale), value);
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
