package eu.smpcatalogue.history;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** What the history pages answer for an entry or a revision that does not exist. */
@ControllerAdvice(assignableTypes = HistoryController.class)
class HistoryErrors {

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(EntryNotFoundException ex, Model model) {
		model.addAttribute("messageKey", "editing.notFound");
		model.addAttribute("messageArguments", new Object[] { ex.getMessage() });
		return "error/404";
	}

}
