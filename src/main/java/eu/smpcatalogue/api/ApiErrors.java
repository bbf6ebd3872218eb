package eu.smpcatalogue.api;

import java.util.Locale;

import eu.smpcatalogue.catalogue.InvalidFilterException;
import eu.smpcatalogue.system.DatabaseUnavailable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** What goes wrong in an API call, as a JSON body {status, error, message}: never an HTML page or a stack trace. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = ApiController.class)
class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	private final MessageSource messages;

	ApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<Json.Error> invalidFilter(InvalidFilterException ex, Locale locale) {
		return body(HttpStatus.BAD_REQUEST, messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
	}

	@ExceptionHandler
	ResponseEntity<Json.Error> notFound(ApiNotFoundException ex, Locale locale) {
		return body(HttpStatus.NOT_FOUND, messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
	}

	/**
	 * Unexpected: logged in full here, answered without any internal detail; a database that is away is
	 * 503, for the caller to retry.
	 */
	/** The address carried a parameter the server could not decode (bad percent-encoding or UTF-8). */
	@ExceptionHandler
	ResponseEntity<Json.Error> undecodable(InvalidParameterException ex, Locale locale) {
		return body(HttpStatus.BAD_REQUEST, messages.getMessage("api.error.undecodable", null, locale));
	}

	/** Unexpected: logged in full here, answered without any internal detail. */
	@ExceptionHandler
	ResponseEntity<Json.Error> unexpected(RuntimeException ex, Locale locale) {
		if (DatabaseUnavailable.causedBy(ex)) {
			log.warn("Database unavailable, API answered 503: {}", ex.toString());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, "5")
				.contentType(MediaType.APPLICATION_JSON)
				.body(new Json.Error(503, HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase(),
						messages.getMessage("api.error.unavailable", null, locale)));
		}
		log.error("API request failed", ex);
		return body(HttpStatus.INTERNAL_SERVER_ERROR, messages.getMessage("api.error.internal", null, locale));
	}

	private static ResponseEntity<Json.Error> body(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new Json.Error(status.value(), status.getReasonPhrase(), message));
	}

}
