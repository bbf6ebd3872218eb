package eu.smpcatalogue.export;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import eu.smpcatalogue.catalogue.InvalidFilterException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What a citation download answers when it cannot be: the message as plain text (a reference manager or a
 * script shows it better than an HTML page labelled as BibTeX), 400 for a bad format or filter, 404 for an
 * entry the catalogue does not publish.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = CitationController.class)
class CitationErrors {

	private final MessageSource messages;

	CitationErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<String> invalidFilter(InvalidFilterException ex, Locale locale) {
		return answer(HttpStatus.BAD_REQUEST, "error.400.title", ex.messageKey(), ex.arguments(), locale);
	}

	@ExceptionHandler
	ResponseEntity<String> invalidFormat(ExportRequestException ex, Locale locale) {
		return answer(HttpStatus.BAD_REQUEST, "error.400.title", ex.messageKey(), ex.arguments(), locale);
	}

	@ExceptionHandler
	ResponseEntity<String> notFound(CitationNotFoundException ex, Locale locale) {
		return answer(HttpStatus.NOT_FOUND, "error.404.title", ex.messageKey(), new Object[] { ex.identifier() }, locale);
	}

	private ResponseEntity<String> answer(HttpStatus status, String titleKey, String messageKey, Object[] arguments,
			Locale locale) {
		return ResponseEntity.status(status)
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(messages.getMessage(titleKey, null, locale) + ": " + messages.getMessage(messageKey, arguments, locale)
					+ "\n");
	}

}
