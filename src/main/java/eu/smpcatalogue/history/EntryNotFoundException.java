package eu.smpcatalogue.history;

/** An entry or revision a history address names that does not exist: 404. */
class EntryNotFoundException extends RuntimeException {

	EntryNotFoundException(String what) {
		super(what);
	}

}
