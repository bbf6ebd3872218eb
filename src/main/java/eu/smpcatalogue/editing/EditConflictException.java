package eu.smpcatalogue.editing;

import java.util.List;

import eu.smpcatalogue.history.FieldChange;

/**
 * Someone else saved the entry after the person opened it. Carries what they changed, so the person
 * can see it and re-apply their own edits on the new version.
 */
class EditConflictException extends RuntimeException {

	private final long currentVersion;

	private final List<FieldChange> theirChanges;

	EditConflictException(long currentVersion, List<FieldChange> theirChanges) {
		super("The entry was changed by someone else");
		this.currentVersion = currentVersion;
		this.theirChanges = theirChanges;
	}

	long currentVersion() {
		return currentVersion;
	}

	List<FieldChange> theirChanges() {
		return theirChanges;
	}

}
