package eu.smpcatalogue.correction;

/** An entry or a suggestion that a correction page's address names, and the catalogue does not hold. */
class CorrectionNotFoundException extends RuntimeException {

	private final String messageKey;

	private final String identifier;

	CorrectionNotFoundException(String messageKey, String identifier) {
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
