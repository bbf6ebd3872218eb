package eu.smpcatalogue.correction;

/** The address, or everyone together, has sent as many suggestions as the catalogue takes in an hour. */
class TooManySuggestionsException extends RuntimeException {

	TooManySuggestionsException() {
		super("Too many suggestions");
	}

}
