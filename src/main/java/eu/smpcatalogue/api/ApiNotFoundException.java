package eu.smpcatalogue.api;

/** Something an API URL names that the catalogue does not hold: a 404 with a message from the api bundle. */
class ApiNotFoundException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	ApiNotFoundException(String messageKey, Object... arguments) {
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
