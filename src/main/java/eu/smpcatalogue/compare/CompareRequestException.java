package eu.smpcatalogue.compare;

import org.springframework.http.HttpStatus;

/** A comparison that cannot be made as asked: a 400 or 404 page with a message key saying why. */
class CompareRequestException extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final Object[] arguments;

	CompareRequestException(HttpStatus status, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	HttpStatus status() {
		return status;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments;
	}

}
