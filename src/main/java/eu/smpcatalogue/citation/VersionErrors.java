package eu.smpcatalogue.citation;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

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

/** An unknown entry or version: the 404 page, or plain text for a citation download. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = VersionController.class)
class VersionErrors {

	private final MessageSource messages;

	VersionErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	Object notFound(VersionNotFoundException ex, HttpServletRequest request, Locale locale) {
		if (request.getRequestURI().contains("/cite")) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body(messages.getMessage("error.404.title", null, locale) + ": "
						+ messages.getMessage(ex.messageKey(), ex.arguments(), locale) + "\n");
		}
		ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		page.addObject("messageKey", ex.messageKey());
		page.addObject("messageArguments", ex.arguments());
		return page;
	}

}
