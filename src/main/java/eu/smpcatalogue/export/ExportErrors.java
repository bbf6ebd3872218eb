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
import org.springframework.ui.Model;
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
	Object invalidFilter(InvalidFilterException ex, HttpServletRequest request, Locale locale, Model model) {
		if (request.getRequestURI().endsWith(".atom")) {
			return ResponseEntity.status(HttpStatus.BAD_REQUEST)
				.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body(messages.getMessage("error.400.title", null, locale) + ": "
						+ messages.getMessage(ex.messageKey(), ex.arguments(), locale) + "\n");
		}
		ModelAndView page = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
		page.addObject("messageKey", ex.messageKey());
		page.addObject("messageArguments", ex.arguments());
		return page;
	}

}
