package eu.smpcatalogue.export;

/** A citation of an entry the catalogue does not publish: 404, with a message key and what was asked for. */
class CitationNotFoundException extends RuntimeException {

	private final String messageKey;

	private final String identifier;

	CitationNotFoundException(String messageKey, String identifier) {
		super(messageKey);
		this.messageKey = messageKey;
		this.identifier = identifier;
	}

	String messageKey() {
		return messageKey;
	}

	String identifier() {
		return identifier;
	}

}
