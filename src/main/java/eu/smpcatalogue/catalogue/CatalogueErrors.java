package eu.smpcatalogue.catalogue;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Turns what a reader's URL gets wrong into pages that say so, with a way back. */
@ControllerAdvice(assignableTypes = { CatalogueController.class, CountryController.class,
		OrganisationDirectoryController.class })
class CatalogueErrors {

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException ex, Model model) {
		model.addAttribute("messageKey", ex.messageKey());
		model.addAttribute("messageArguments", new Object[] { ex.identifier() });
		return "error/404";
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String pageOutOfRange(PageOutOfRangeException ex, Model model) {
		model.addAttribute("messageKey", "notFound.page");
		model.addAttribute("messageArguments", new Object[] { Integer.toString(ex.page()), ex.total() });
		model.addAttribute("backUrl", ex.firstPageUrl());
		return "error/404";
	}

}
