package eu.smpcatalogue.insights;

import eu.smpcatalogue.catalogue.InvalidFilterException;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A selection that cannot be (an unknown country, a year that is not one) is the reader's mistake: 400, saying which. */
@ControllerAdvice(assignableTypes = InsightsController.class)
class InsightsErrors {

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalidFilter(InvalidFilterException ex, Model model) {
		model.addAttribute("messageKey", ex.messageKey());
		model.addAttribute("messageArguments", ex.arguments());
		return "error/400";
	}

}
