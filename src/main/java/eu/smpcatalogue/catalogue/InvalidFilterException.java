package eu.smpcatalogue.catalogue;

import java.util.List;

/** A catalogue URL that asks for something that cannot be: answered with 400 and a message key. */
class InvalidFilterException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	InvalidFilterException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments.toArray();
	}

}
