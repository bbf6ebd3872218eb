package eu.smpcatalogue.editing;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** What the editing pages answer when the entry is not the person's, or does not exist. */
@ControllerAdvice(basePackageClasses = EditingErrors.class)
class EditingErrors {

	@ExceptionHandler
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String notYours(NotYoursException ex, Model model) {
		model.addAttribute("messageKey", "editing.notYours");
		model.addAttribute("messageArguments", new Object[0]);
		return "error/403";
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(EntryNotFoundException ex, Model model) {
		model.addAttribute("messageKey", "editing.notFound");
		model.addAttribute("messageArguments", new Object[] { ex.getMessage() });
		return "error/404";
	}

}
