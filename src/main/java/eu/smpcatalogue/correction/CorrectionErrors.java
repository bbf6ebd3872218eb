package eu.smpcatalogue.correction;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A correction page whose entry or suggestion is not there: the 404 page, saying what was looked for. */
@ControllerAdvice(basePackageClasses = CorrectionErrors.class)
class CorrectionErrors {

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(CorrectionNotFoundException ex, Model model) {
		model.addAttribute("messageKey", ex.messageKey());
		model.addAttribute("messageArguments", new Object[] { ex.identifier() });
		return "error/404";
	}

}
