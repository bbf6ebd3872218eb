package eu.smpcatalogue.editing;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.correction.Corrections;
import eu.smpcatalogue.country.Countries;
import eu.smpcatalogue.history.EntryType;
import eu.smpcatalogue.history.Changes;
import eu.smpcatalogue.editing.PartnershipDrafts.Draft;
import eu.smpcatalogue.editing.PartnershipForm.OrganisationRow;
import eu.smpcatalogue.editing.PartnershipForm.SourceRow;
import eu.smpcatalogue.partnership.Category;
import eu.smpcatalogue.partnership.CatalogueLink;
import eu.smpcatalogue.partnership.Element;
import eu.smpcatalogue.partnership.ElementStatus;
import eu.smpcatalogue.partnership.Figure;
import eu.smpcatalogue.partnership.Involvement;
import eu.smpcatalogue.partnership.Kind;
import eu.smpcatalogue.partnership.Organisations;
import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.partnership.Partnerships;
import eu.smpcatalogue.partnership.SkillLevel;
import eu.smpcatalogue.partnership.Status;
import eu.smpcatalogue.partnership.Vocabularies;
import eu.smpcatalogue.source.SourceDocuments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partnership forms: create, edit (conflict-safe), retire; restoring is for administrators. */
@Controller
class PartnershipEditController {

	private static final String FORM = "editing/partnership";

	private final PartnershipEditor editor;

	private final Partnerships partnerships;

	private final Countries countries;

	private final Vocabularies vocabularies;

	private final SourceDocuments sources;

	private final Changes changes;

	private final Organisations organisations;

	private final PartnershipDrafts drafts;

	private final Corrections corrections;

	private final MessageSource messages;

	PartnershipEditController(PartnershipEditor editor, Partnerships partnerships, Countries countries,
			Vocabularies vocabularies, SourceDocuments sources, Changes changes, Organisations organisations,
			PartnershipDrafts drafts, Corrections corrections, MessageSource messages) {
		this.editor = editor;
		this.partnerships = partnerships;
		this.countries = countries;
		this.vocabularies = vocabularies;
		this.sources = sources;
		this.changes = changes;
		this.organisations = organisations;
		this.drafts = drafts;
		this.corrections = corrections;
		this.messages = messages;
	}

	@GetMapping("/partnerships/new")
	String newForm(Model model, Locale locale) {
		return form(model, PartnershipMapping.withSpareRows(PartnershipMapping.blank()), null, locale);
	}

	@PostMapping("/partnerships/new")
	String create(@AuthenticationPrincipal Editor user, @Valid @ModelAttribute("form") PartnershipForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		PartnershipMapping.dropBlankRows(form);
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
			RedirectAttributes redirect) {
		// Refuses, before anything else, an entry that is not the editor's; what it answers is the entry as stored.
		PartnershipForm stored = editor.formFor(slug, user);
		PartnershipMapping.dropBlankRows(form);
		editor.validate(form, result, user, slug);
		if (result.hasErrors()) {
			return form(model, PartnershipMapping.withSpareRows(form), slug, locale);
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
			return form(model, PartnershipMapping.withSpareRows(form), slug, locale);
		}
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
	String newFromDraft(@RequestParam String draft, @RequestParam(required = false) String organisation,
			@RequestParam(required = false) String source, HttpSession session, Model model, Locale locale) {
		return drafts.find(session, draft)
			.filter(kept -> kept.slug() == null)
			.map(kept -> fromDraft(kept, organisation, source, model, locale))
			.orElseGet(() -> {
				model.addAttribute("message", "editing.draft.gone");
				return newForm(model, locale);
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
			if (form.getOrganisations().stream().noneMatch(row -> organisation.equals(row.getOrganisation()))) {
				OrganisationRow row = new OrganisationRow();
				row.setOrganisation(organisation);
				row.setRole(Involvement.Role.IMPLEMENTER.name());
				form.getOrganisations().add(row);
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
	String retire(@AuthenticationPrincipal Editor user, @PathVariable String slug, RedirectAttributes redirect) {
		editor.retire(slug, user);
		redirect.addFlashAttribute("message", "editing.retired");
		return "redirect:/partnerships";
	}

	@PostMapping("/admin/partnerships/{slug}/restore")
	String restore(@AuthenticationPrincipal Editor user, @PathVariable String slug, RedirectAttributes redirect) {
		editor.restore(slug, user);
		redirect.addFlashAttribute("message", "editing.restored");
		return "redirect:/partnerships/" + slug;
	}

	@PostMapping("/admin/partnerships/{slug}/history/{revision}/revert")
	String revert(@AuthenticationPrincipal Editor user, @PathVariable String slug, @PathVariable long revision,
			RedirectAttributes redirect) {
		editor.revert(slug, revision, user);
		redirect.addFlashAttribute("message", "history.reverted");
		return "redirect:/partnerships/" + slug + "/history";
	}

	@GetMapping("/admin/retired")
	String retired(Model model, Locale locale) {
		model.addAttribute("retired", partnerships.retired(locale));
		return "editing/retired";
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

	private String form(Model model, PartnershipForm form, String slug, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("slug", slug);
		model.addAttribute("countries", countries.allByName(locale));
		model.addAttribute("regions", vocabularies.regions());
		model.addAttribute("sectors", vocabularies.sectors());
		model.addAttribute("organisations", vocabularies.organisations());
		model.addAttribute("sourceDocuments", sources.all());
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("categories", Category.values());
		model.addAttribute("statuses", Status.values());
		model.addAttribute("skillLevels", SkillLevel.values());
		model.addAttribute("elements", Element.values());
		model.addAttribute("elementStatuses", ElementStatus.values());
		model.addAttribute("roles", Involvement.Role.values());
		model.addAttribute("figureKinds", Figure.Kind.values());
		model.addAttribute("measures", Figure.Measure.values());
		model.addAttribute("qualifiers", Figure.Qualifier.values());
		model.addAttribute("units", Figure.Unit.values());
		model.addAttribute("catalogues", CatalogueLink.Catalogue.values());
		return FORM;
	}

}
