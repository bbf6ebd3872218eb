package eu.smpcatalogue.editing;

/** An editor asked to change an entry that is not theirs: answered with 403, nothing changed. */
class NotYoursException extends RuntimeException {

	NotYoursException() {
		super("This entry is not yours to change");
	}

}
