package eu.smpcatalogue.editing;

/** An entry or revision the URL names that does not exist: 404. */
class EntryNotFoundException extends RuntimeException {

	EntryNotFoundException(String what) {
		super(what);
	}

}
