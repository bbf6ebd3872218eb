package eu.smpcatalogue.employer;

/** A choice the employers' form never offers: answered with 400 and a message key. */
class EmployerRequestException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	EmployerRequestException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments;
	}

}
