package eu.smpcatalogue.editing;

import java.util.List;

import eu.smpcatalogue.i18n.LocalizedText;

/**
 * An editor asked to change an entry that is not theirs: answered with 403, nothing changed. When the entry is
 * known, the page names whose it is and where to read it (and, for a partnership, to suggest a correction).
 */
class NotYoursException extends RuntimeException {

	/** The countries whose contact points may edit the entry; empty when only administrators may. */
	private final transient List<LocalizedText> editedBy;

	/** The entry's public page; null when the refusal is about something else (a programme to link to). */
	private final String entryPath;

	private final boolean correctable;

	NotYoursException() {
		this(List.of(), null, false);
	}

	NotYoursException(List<LocalizedText> editedBy, String entryPath, boolean correctable) {
		super("This entry is not yours to change");
		this.editedBy = List.copyOf(editedBy);
		this.entryPath = entryPath;
		this.correctable = correctable;
	}

	List<LocalizedText> editedBy() {
		return editedBy;
	}

	String entryPath() {
		return entryPath;
	}

	/** Whether readers may suggest a correction of the entry (partnerships). */
	boolean correctable() {
		return correctable;
	}

}
