package eu.smpcatalogue.catalogue;

/** Something a URL names that the catalogue does not hold: a 404 page that says what was looked for. */
class NotFoundException extends RuntimeException {

	private final String messageKey;

	private final String identifier;

	NotFoundException(String messageKey, String identifier) {
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
