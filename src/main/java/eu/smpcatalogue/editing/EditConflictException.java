package eu.smpcatalogue.editing;

import java.util.List;
import java.util.Locale;

import eu.smpcatalogue.history.Changes;
import eu.smpcatalogue.history.FieldChange;
import eu.smpcatalogue.history.Snapshot;

/**
 * Someone else saved the entry after the person opened it. Carries the version the person loaded and the
 * one saved since, so the person can see what changed and re-apply their own edits on the new version.
 */
class EditConflictException extends RuntimeException {

	private final long currentVersion;

	/** The entry as the person loaded it, when the history has that version. */
	private final transient Snapshot loaded;

	private final transient Snapshot current;

	EditConflictException(long currentVersion, Snapshot loaded, Snapshot current) {
		super("The entry was changed by someone else");
		this.currentVersion = currentVersion;
		this.loaded = loaded;
		this.current = current;
	}

	long currentVersion() {
		return currentVersion;
	}

	/** What the others changed, for the person to read; nothing when either version is unknown. */
	List<FieldChange> theirChanges(Changes changes, Locale locale) {
		return loaded == null || current == null ? List.of() : changes.between(loaded, current, locale);
	}

}
