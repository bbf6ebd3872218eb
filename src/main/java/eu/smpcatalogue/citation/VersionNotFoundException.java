package eu.smpcatalogue.citation;

/** A version address that names no entry or no revision of it (or a citation format there is not): 404. */
class VersionNotFoundException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	VersionNotFoundException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments.clone();
	}

}
