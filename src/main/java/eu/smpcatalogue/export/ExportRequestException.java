package eu.smpcatalogue.export;

import java.util.List;

/** A download parameter that asks for something that cannot be (an unknown separator): a 400 with a message key. */
class ExportRequestException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	ExportRequestException(String messageKey, Object... arguments) {
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
