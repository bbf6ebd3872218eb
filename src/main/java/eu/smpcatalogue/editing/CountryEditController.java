package eu.smpcatalogue.editing;

import java.util.Locale;

import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.correction.Corrections;
import eu.smpcatalogue.country.Countries;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.history.Changes;
import eu.smpcatalogue.history.EntryType;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A country's entry (its EMN answer), edited by its contact point or an administrator. */
@Controller
class CountryEditController {

	private final CountryEditor editor;

	private final Countries countries;

	private final Changes changes;

	private final Corrections corrections;

	private final MessageSource messages;

	CountryEditController(CountryEditor editor, Countries countries, Changes changes, Corrections corrections,
			MessageSource messages) {
		this.messages = messages;
		this.editor = editor;
		this.countries = countries;
		this.changes = changes;
		this.corrections = corrections;
	}

	@GetMapping("/countries/{code}/edit")
	String form(@AuthenticationPrincipal Editor user, @PathVariable String code, Model model) {
		return form(model, code, editor.formFor(code, user));
	}

	@PostMapping("/countries/{code}/edit")
	String save(@AuthenticationPrincipal Editor user, @PathVariable String code,
			@Valid @ModelAttribute("form") CountryForm form, BindingResult result,
			@RequestParam(name = "correction", required = false) String correction, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		editor.formFor(code, user); // refuses, before anything else, an entry that is not the editor's
		if (result.getTarget() != null) { // else a value could not be read: those messages come first
			editor.validate(form, result);
		}
		if (result.hasErrors()) {
			return page(model, code);
		}
		if (form.reason() == null || form.reason().isBlank()) {
			form = corrections.reasonForApplying(correction, user, messages, locale).map(form::withReason).orElse(form);
		}
		try {
			Country saved = editor.update(code, form, user);
			// An unchanged form keeps the version it was loaded with: nothing was written.
			boolean changed = saved.getVersion() != form.version();
			// Opened from the inbox to apply a reader's suggestion: the save closes it.
			boolean applied = changed && corrections.applied(correction, EntryType.COUNTRY, saved.getCode(), saved.getVersion(), user);
			redirect.addFlashAttribute("message", applied ? "correction.applied" : changed ? "editing.saved" : "editing.unchanged");
			return "redirect:/countries/" + saved.getCode();
		}
		catch (EditConflictException conflict) {
			model.addAttribute("conflict", conflict.theirChanges(changes, locale));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return form(model, code, form.withVersion(conflict.currentVersion()));
		}
	}

	@PostMapping("/admin/countries/{code}/history/{revision}/revert")
	String revert(@AuthenticationPrincipal Editor user, @PathVariable String code, @PathVariable long revision,
			@Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		editor.formFor(code, user);
		if (result.hasErrors()) {
			Country country = countries.find(code).orElseThrow(() -> new EntryNotFoundException(code));
			return ReasonForm.again(model, "editing.again.revert", country.getName().in(locale),
					"/admin/countries/" + country.getCode() + "/history/" + revision + "/revert", "history.revert",
					"/countries/" + country.getCode() + "/history");
		}
		Country reverted = editor.revert(code, revision, user, form.reason());
		redirect.addFlashAttribute("message", "history.reverted");
		return "redirect:/countries/" + reverted.getCode() + "/history";
	}

	private String form(Model model, String code, CountryForm form) {
		model.addAttribute("form", form);
		return page(model, code);
	}

	/** The page with the form the model holds: as bound, with its errors (a value that could not be read included). */
	private String page(Model model, String code) {
		model.addAttribute("country", countries.find(code).orElseThrow(() -> new EntryNotFoundException(code)));
		return "editing/country";
	}

}
