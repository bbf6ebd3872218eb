package eu.smpcatalogue.editing;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.correction.Corrections;
import eu.smpcatalogue.history.Changes;
import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.history.EntryType;
import eu.smpcatalogue.editing.PartnershipDrafts.Draft;
import eu.smpcatalogue.editing.PartnershipForm.SourceRow;
import eu.smpcatalogue.partnership.Involvement;
import eu.smpcatalogue.partnership.Organisations;
import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.partnership.Partnerships;
import eu.smpcatalogue.source.SourceDocuments;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

/** The partnership forms: create, edit (conflict-safe), retire; restoring is for administrators. */
@Controller
class PartnershipEditController {

	private final PartnershipEditor editor;

	private final Partnerships partnerships;

	private final SourceDocuments sources;

	private final Changes changes;

	private final Organisations organisations;

	private final PartnershipDrafts drafts;

	private final PartnershipFormPage page;

	private final Corrections corrections;

	private final MessageSource messages;

	PartnershipEditController(PartnershipEditor editor, Partnerships partnerships, SourceDocuments sources,
			Changes changes, Organisations organisations, PartnershipDrafts drafts, PartnershipFormPage page,
			Corrections corrections, MessageSource messages) {
		this.corrections = corrections;
		this.messages = messages;
		this.editor = editor;
		this.partnerships = partnerships;
		this.sources = sources;
		this.changes = changes;
		this.organisations = organisations;
		this.drafts = drafts;
		this.page = page;
	}

	@InitBinder("form")
	void numbersAndDates(WebDataBinder binder) {
		TypedValues.register(binder);
	}

	/** A new entry starts as the contact point's country's own, citing nothing yet. */
	@GetMapping("/partnerships/new")
	String newForm(@AuthenticationPrincipal Editor user, Model model, Locale locale) {
		return form(model, PartnershipMapping.withSpareRows(PartnershipMapping.newEntry(user.countryCode())), null, locale);
	}

	@PostMapping("/partnerships/new")
	String create(@AuthenticationPrincipal Editor user, @Valid @ModelAttribute("form") PartnershipForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		PartnershipMapping.dropBlankRows(form);
		editor.proposeSlug(form);
		editor.validate(form, result, user, null);
		if (result.hasErrors()) {
			return form(model, PartnershipMapping.withSpareRows(form), null, locale);
		}
		Partnership created = editor.create(form, user);
		redirect.addFlashAttribute("message", "editing.created");
		return "redirect:/partnerships/" + created.getSlug();
	}

	@GetMapping("/partnerships/{slug}/edit")
	String editForm(@AuthenticationPrincipal Editor user, @PathVariable String slug, Model model, Locale locale) {
		return form(model, PartnershipMapping.withSpareRows(editor.formFor(slug, user)), slug, locale);
	}

	@PostMapping("/partnerships/{slug}/edit")
	String update(@AuthenticationPrincipal Editor user, @PathVariable String slug,
			@Valid @ModelAttribute("form") PartnershipForm form, BindingResult result,
			@RequestParam(name = "correction", required = false) String correction, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		// Refuses, before anything else, an entry that is not the editor's; what it answers is the entry as stored.
		PartnershipForm stored = editor.formFor(slug, user);
		return save(user, slug, stored, form, result, null, correction, model, locale, redirect, response);
	}

	/**
	 * Validates and saves a form (whole, or a section's fields over what is stored). When someone else saved in
	 * between, whether seen before writing or only when the database refused the write, the page comes back
	 * with 409, what they changed, and what the person typed.
	 */
	String save(Editor user, String slug, PartnershipForm stored, PartnershipForm form, BindingResult result,
			FormSection section, String correction, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		PartnershipMapping.dropBlankRows(form);
		editor.validate(form, result, user, slug);
		if (result.hasErrors()) {
			return page.show(model, PartnershipMapping.withSpareRows(form), slug, section, locale);
		}
		if (form.getReason() == null || form.getReason().isBlank()) {
			corrections.reasonForApplying(correction, user, messages, locale).ifPresent(form::setReason);
		}
		try {
			Partnership saved = editor.update(slug, form, user);
			// An unchanged form keeps the version it was loaded with: nothing was written.
			boolean changed = saved.getVersion() != form.getVersion();
			// Opened from the inbox to apply a reader's suggestion: the save closes it.
			boolean applied = changed
					&& corrections.applied(correction, EntryType.PARTNERSHIP, saved.getId().toString(), saved.getVersion(), user);
			redirect.addFlashAttribute("message", applied ? "correction.applied" : changed ? "editing.saved" : "editing.unchanged");
			if (changed) {
				List<String> stale = staleNumbers(StaleNumbers.after(stored, form), locale);
				if (!stale.isEmpty()) {
					redirect.addFlashAttribute("staleNumbers", stale);
				}
			}
			return "redirect:/partnerships/" + saved.getSlug();
		}
		catch (EditConflictException conflict) {
			// Keep what the person typed; the next save goes onto the version they have now seen.
			form.setVersion(conflict.currentVersion());
			model.addAttribute("conflict", conflict.theirChanges(changes, locale));
		}
		catch (ObjectOptimisticLockingFailureException | OptimisticLockException concurrent) {
			// Two saves at once: the other one was written first. What it changed is in the history.
			form.setVersion(editor.formFor(slug, user).getVersion());
			model.addAttribute("conflict", List.of());
		}
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return page.show(model, PartnershipMapping.withSpareRows(form), slug, section, locale);
	}

	// ── Adding an organisation or a source document from within the form: the form waits as a draft ──

	@PostMapping(path = "/partnerships/new", params = "addOrganisation")
	String newThenAddOrganisation(HttpServletRequest request, HttpSession session) {
		return "redirect:/organisations/new?draft=" + drafts.keep(session, null, request.getParameterMap());
	}

	@PostMapping(path = "/partnerships/new", params = "addSource")
	String newThenAddSource(HttpServletRequest request, HttpSession session) {
		return "redirect:/sources/new?draft=" + drafts.keep(session, null, request.getParameterMap());
	}

	@PostMapping(path = "/partnerships/{slug}/edit", params = "addOrganisation")
	String editThenAddOrganisation(@AuthenticationPrincipal Editor user, @PathVariable String slug,
			HttpServletRequest request, HttpSession session) {
		editor.formFor(slug, user); // refuses an entry that is not the editor's
		return "redirect:/organisations/new?draft=" + drafts.keep(session, slug, request.getParameterMap());
	}

	@PostMapping(path = "/partnerships/{slug}/edit", params = "addSource")
	String editThenAddSource(@AuthenticationPrincipal Editor user, @PathVariable String slug, HttpServletRequest request,
			HttpSession session) {
		editor.formFor(slug, user);
		return "redirect:/sources/new?draft=" + drafts.keep(session, slug, request.getParameterMap());
	}

	@GetMapping(path = "/partnerships/new", params = "draft")
	String newFromDraft(@AuthenticationPrincipal Editor user, @RequestParam String draft, @RequestParam(required = false) String organisation,
			@RequestParam(required = false) String source, HttpSession session, Model model, Locale locale) {
		return drafts.find(session, draft)
			.filter(kept -> kept.slug() == null)
			.map(kept -> fromDraft(kept, organisation, source, model, locale))
			.orElseGet(() -> {
				model.addAttribute("message", "editing.draft.gone");
				return newForm(user, model, locale);
			});
	}

	@GetMapping(path = "/partnerships/{slug}/edit", params = "draft")
	String editFromDraft(@AuthenticationPrincipal Editor user, @PathVariable String slug, @RequestParam String draft,
			@RequestParam(required = false) String organisation, @RequestParam(required = false) String source,
			HttpSession session, Model model, Locale locale) {
		editor.formFor(slug, user);
		return drafts.find(session, draft)
			.filter(kept -> slug.equals(kept.slug()))
			.map(kept -> fromDraft(kept, organisation, source, model, locale))
			.orElseGet(() -> {
				model.addAttribute("message", "editing.draft.gone");
				return editForm(user, slug, model, locale);
			});
	}

	/** The form as typed, with the organisation or document just added (or chosen among possible duplicates) in a new row. */
	private String fromDraft(Draft draft, String organisation, String source, Model model, Locale locale) {
		BindingResult restored = drafts.restore(draft);
		PartnershipForm form = (PartnershipForm) restored.getTarget();
		PartnershipMapping.dropBlankRows(form);
		if (organisations.find(organisation).isPresent()) {
			if (form.getOrganisations().values().stream().noneMatch(chosen -> chosen.contains(organisation))) {
				form.getOrganisations()
					.computeIfAbsent(Involvement.Role.IMPLEMENTER.name(), role -> new ArrayList<>())
					.add(organisation);
			}
			model.addAttribute("message", "editing.draft.organisationChosen");
		}
		if (sources.find(source).isPresent()) {
			SourceRow row = new SourceRow();
			row.setSourceKey(source);
			form.getSources().add(row);
			model.addAttribute("message", "editing.draft.sourceChosen");
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", restored);
		return form(model, PartnershipMapping.withSpareRows(form), draft.slug(), locale);
	}

	@PostMapping("/partnerships/{slug}/retire")
	String retire(@AuthenticationPrincipal Editor user, @PathVariable String slug,
			@Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		PartnershipForm stored = editor.formFor(slug, user); // refuses, before anything else, an entry that is not the editor's
		if (result.hasErrors()) {
			return ReasonForm.again(model, "editing.again.retire", name(stored, locale), "/partnerships/" + slug + "/retire",
					"editing.retire", "/partnerships/" + slug + "/edit");
		}
		editor.retire(slug, user, form.reason());
		redirect.addFlashAttribute("message", "editing.retired");
		return "redirect:/partnerships";
	}

	@PostMapping("/admin/partnerships/{slug}/restore")
	String restore(@AuthenticationPrincipal Editor user, @PathVariable String slug,
			@Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		PartnershipForm stored = editor.formFor(slug, user);
		if (result.hasErrors()) {
			return ReasonForm.again(model, "editing.again.restore", name(stored, locale),
					"/admin/partnerships/" + slug + "/restore", "admin.retired.restore", "/admin/retired");
		}
		editor.restore(slug, user, form.reason());
		redirect.addFlashAttribute("message", "editing.restored");
		return "redirect:/partnerships/" + slug;
	}

	@PostMapping("/admin/partnerships/{slug}/history/{revision}/revert")
	String revert(@AuthenticationPrincipal Editor user, @PathVariable String slug, @PathVariable long revision,
			@Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		PartnershipForm stored = editor.formFor(slug, user);
		if (result.hasErrors()) {
			return ReasonForm.again(model, "editing.again.revert", name(stored, locale),
					"/admin/partnerships/" + slug + "/history/" + revision + "/revert", "history.revert",
					"/partnerships/" + slug + "/history");
		}
		editor.revert(slug, revision, user, form.reason());
		redirect.addFlashAttribute("message", "history.reverted");
		return "redirect:/partnerships/" + slug + "/history";
	}

	private static String name(PartnershipForm form, Locale locale) {
		return new LocalizedText(form.getNameEn(), form.getNameFr()).in(locale);
	}

	@GetMapping("/admin/retired")
	String retired(Model model, Locale locale) {
		model.addAttribute("retired", partnerships.retired(locale));
		return "editing/retired";
	}

	private String form(Model model, PartnershipForm form, String slug, Locale locale) {
		return page.show(model, form, slug, null, locale);
	}

	/** The warnings as the editor reads them (a flash attribute is kept in the session: plain strings). */
	private List<String> staleNumbers(List<StaleNumbers.Warning> warnings, Locale locale) {
		NumberFormat numbers = NumberFormat.getNumberInstance(locale);
		numbers.setMaximumFractionDigits(2);
		List<String> shown = new ArrayList<>();
		for (StaleNumbers.Warning warning : warnings) {
			String where = messages.getMessage(warning.where().key(), warning.where().arguments().toArray(), locale);
			shown.add(messages.getMessage("editing.stale.warning",
					new Object[] { where, warning.found(), numbers.format(warning.now()) }, locale));
		}
		return shown;
	}

}
