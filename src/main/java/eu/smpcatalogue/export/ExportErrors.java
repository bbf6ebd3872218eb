package eu.smpcatalogue.export;

import eu.smpcatalogue.catalogue.InvalidFilterException;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A selection that cannot be: the catalogue's 400 page saying what is wrong, whatever format was asked for. */
@ControllerAdvice(assignableTypes = ExportController.class)
class ExportErrors {

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalidFilter(InvalidFilterException ex, Model model) {
		model.addAttribute("messageKey", ex.messageKey());
		model.addAttribute("messageArguments", ex.arguments());
		return "error/400";
	}

}
