package eu.smpcatalogue.employer;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A choice the form never offers is the reader's mistake: the 400 page says which. */
@ControllerAdvice(assignableTypes = EmployerController.class)
class EmployerErrors {

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalidChoice(EmployerRequestException ex, Model model) {
		model.addAttribute("messageKey", ex.messageKey());
		model.addAttribute("messageArguments", ex.arguments());
		return "error/400";
	}

}
