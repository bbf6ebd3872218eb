package eu.smpcatalogue.editing;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.OptimisticLockException;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** What the editing pages answer when the entry is not the person's, or does not exist. */
@ControllerAdvice(basePackageClasses = EditingErrors.class)
class EditingErrors {

	/** Says whose entry it is and how to suggest a change instead (not that a session ended). */
	@ExceptionHandler
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String notYours(NotYoursException ex, Model model, Locale locale) {
		if (ex.entryPath() == null) {
			model.addAttribute("messageKey", "editing.notYours");
			model.addAttribute("messageArguments", new Object[0]);
			return "error/403";
		}
		model.addAttribute("editedBy", ex.editedBy().stream().map(name -> name.in(locale)).toList());
		model.addAttribute("entryPath", ex.entryPath());
		model.addAttribute("correctable", ex.correctable());
		return "editing/not-yours";
	}

	/** Two saves at once that the form could not tell apart before writing (other forms than the partnership's). */
	@ExceptionHandler({ ObjectOptimisticLockingFailureException.class, OptimisticLockException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	String concurrentSave(Exception ex, Model model) {
		model.addAttribute("conflict", List.of());
		return "editing/conflict";
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(EntryNotFoundException ex, Model model) {
		model.addAttribute("messageKey", "editing.notFound");
		model.addAttribute("messageArguments", new Object[] { ex.getMessage() });
		return "error/404";
	}

}
