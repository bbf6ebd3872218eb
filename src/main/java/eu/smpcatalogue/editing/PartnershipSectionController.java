package eu.smpcatalogue.editing;

import java.util.Locale;

import eu.smpcatalogue.account.Editor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One section of a partnership's form on a page of its own: it shows that section's fields, and its save
 * binds those fields only, onto the entry as stored, so that every other field keeps its value.
 */
@Controller
class PartnershipSectionController {

	private final PartnershipEditor editor;

	private final PartnershipEditController whole;

	private final PartnershipFormPage page;

	PartnershipSectionController(PartnershipEditor editor, PartnershipEditController whole, PartnershipFormPage page) {
		this.editor = editor;
		this.whole = whole;
		this.page = page;
	}

	/**
	 * The entry as stored, refused first if the section does not exist or the entry is not the editor's; for a
	 * save, with the section's own fields emptied, so that the request alone fills them.
	 */
	@ModelAttribute("form")
	PartnershipForm stored(@AuthenticationPrincipal Editor user, @PathVariable String slug, @PathVariable String section,
			HttpServletRequest request) {
		FormSection part = section(section);
		PartnershipForm form = editor.formFor(slug, user);
		if ("POST".equals(request.getMethod())) {
			part.clear(form);
		}
		return form;
	}

	@InitBinder("form")
	void onlyTheSectionsFields(WebDataBinder binder, @PathVariable String section) {
		TypedValues.register(binder);
		binder.setAllowedFields(section(section).allowedFields());
	}

	@GetMapping("/partnerships/{slug}/edit/{section}")
	String show(@PathVariable String slug, @PathVariable String section,
			@ModelAttribute(name = "form", binding = false) PartnershipForm form,
			Model model, Locale locale) {
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form"); // nothing was sent: no errors to show
		return page.show(model, PartnershipMapping.withSpareRows(form), slug, section(section), locale);
	}

	@PostMapping("/partnerships/{slug}/edit/{section}")
	String save(@AuthenticationPrincipal Editor user, @PathVariable String slug, @PathVariable String section,
			@Valid @ModelAttribute("form") PartnershipForm form, BindingResult result,
			@RequestParam(name = "correction", required = false) String correction, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		return whole.save(user, slug, editor.formFor(slug, user), form, result, section(section), correction, model, locale,
				redirect, response);
	}

	private static FormSection section(String id) {
		return FormSection.of(id).orElseThrow(() -> new EntryNotFoundException(id));
	}

}
