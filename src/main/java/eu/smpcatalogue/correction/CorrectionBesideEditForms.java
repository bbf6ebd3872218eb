package eu.smpcatalogue.correction;

import java.util.Map;

import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.country.CountryCode;
import eu.smpcatalogue.history.EntryType;
import eu.smpcatalogue.partnership.Partnerships;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An entry's edit form opened from the inbox ({@code /partnerships/palim/edit?correction=12}) shows the
 * suggestion beside the form, and carries its id in a hidden field, so that the save closes it: on every
 * answer of the edit form (first view, errors, conflict), without the editing controllers building it.
 */
@ControllerAdvice(basePackages = "eu.smpcatalogue.editing")
class CorrectionBesideEditForms {

	private final Corrections corrections;

	private final Partnerships partnerships;

	CorrectionBesideEditForms(Corrections corrections, Partnerships partnerships) {
		this.corrections = corrections;
		this.partnerships = partnerships;
	}

	@ModelAttribute("correction")
	Correction correction(HttpServletRequest request, @PathVariable Map<String, String> variables,
			@AuthenticationPrincipal Editor editor) {
		String id = request.getParameter("correction");
		if (id == null || editor == null || !request.getRequestURI().endsWith("/edit")) {
			return null;
		}
		if (variables.get("slug") != null) {
			return partnerships.findPublishedName(variables.get("slug"))
				.flatMap(named -> corrections.beingApplied(id, EntryType.PARTNERSHIP, named.id().toString(), editor))
				.orElse(null);
		}
		if (variables.get("code") != null) {
			return CountryCode.parse(variables.get("code"))
				.flatMap(code -> corrections.beingApplied(id, EntryType.COUNTRY, code, editor))
				.orElse(null);
		}
		return null;
	}

}
