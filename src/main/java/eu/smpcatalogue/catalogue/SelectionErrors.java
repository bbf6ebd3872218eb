package eu.smpcatalogue.catalogue;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A selection that cannot be (an unknown country, a year that is not one) is the reader's mistake,
 * wherever it is asked for: a 400 page that says which. Features answering in another format (the JSON
 * API, feeds) have their own advice, which comes first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class SelectionErrors {

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalidFilter(InvalidFilterException ex, Model model) {
		model.addAttribute("messageKey", ex.messageKey());
		model.addAttribute("messageArguments", ex.arguments());
		return "error/400";
	}

}
