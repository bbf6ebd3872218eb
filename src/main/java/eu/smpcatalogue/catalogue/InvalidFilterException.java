package eu.smpcatalogue.catalogue;

import java.util.List;

/** Selection parameters that ask for something that cannot be: answered with 400 and a message key. */
public class InvalidFilterException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	InvalidFilterException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.toArray();
	}

}
