package eu.smpcatalogue.export;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import eu.smpcatalogue.catalogue.InvalidFilterException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A selection that cannot be: a 400 saying what is wrong. The CSV download gets the catalogue's error page;
 * a feed gets the message as plain text, since Thymeleaf would label a page rendered at a {@code .atom}
 * address as Atom, and a feed reader shows text better than HTML anyway.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = ExportController.class)
class ExportErrors {

	private final MessageSource messages;

	ExportErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	Object invalidFilter(InvalidFilterException ex, HttpServletRequest request, Locale locale) {
		return badRequest(ex.messageKey(), ex.arguments(), request, locale);
	}

	@ExceptionHandler
	Object invalidDownload(ExportRequestException ex, HttpServletRequest request, Locale locale) {
		return badRequest(ex.messageKey(), ex.arguments(), request, locale);
	}

	private Object badRequest(String messageKey, Object[] arguments, HttpServletRequest request, Locale locale) {
		if (request.getRequestURI().endsWith(".atom")) {
			return ResponseEntity.status(HttpStatus.BAD_REQUEST)
				.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body(messages.getMessage("error.400.title", null, locale) + ": "
						+ messages.getMessage(messageKey, arguments, locale) + "\n");
		}
		ModelAndView page = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
		page.addObject("messageKey", messageKey);
		page.addObject("messageArguments", arguments);
		return page;
	}

}
