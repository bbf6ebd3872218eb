package eu.smpcatalogue.correction;

import java.util.List;

import eu.smpcatalogue.history.EntryType;
import eu.smpcatalogue.i18n.LocalizedText;

/**
 * The entry a correction is for, as the correction pages show and route it: its key in the history, its
 * address ({@code /partnerships/palim}, {@code /countries/BE}), its name, and the countries whose contact
 * points own it. {@code retired} entries keep their suggestions but are no longer edited.
 */
public record CorrectionEntry(EntryType type, String key, String path, LocalizedText name, List<String> ownerCountries,
		boolean retired) {

	public String editPath() {
		return path + "/edit";
	}

	public String historyPath() {
		return path + "/history";
	}

	public String formPath() {
		return path + "/corrections/new";
	}

	public String postPath() {
		return path + "/corrections";
	}

}
