package eu.smpcatalogue.editing;

import java.util.List;

import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.editing.PartnershipDrafts.Draft;
import eu.smpcatalogue.editing.PossibleDuplicates.Match;
import eu.smpcatalogue.source.SourceDocument;
import eu.smpcatalogue.source.SourceDocuments;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding a source document (contact points and administrators), most often from within a partnership form,
 * which waits as a draft and gets the new document chosen; merging two (administrators).
 */
@Controller
class SourceDocumentController {

	private static final String FORM = "editing/source";

	private static final String LIST = "editing/sources";

	private final ReferenceEditor references;

	private final ReferenceMerger merger;

	private final SourceDocuments sources;

	private final PartnershipDrafts drafts;

	SourceDocumentController(ReferenceEditor references, ReferenceMerger merger, SourceDocuments sources,
			PartnershipDrafts drafts) {
		this.references = references;
		this.merger = merger;
		this.sources = sources;
		this.drafts = drafts;
	}

	@GetMapping("/sources/new")
	String newForm(@RequestParam(required = false) String draft, HttpSession session, Model model) {
		model.addAttribute("sourceForm", SourceDocumentForm.empty(drafts.find(session, draft).isPresent() ? draft : null));
		return form(model, session, draft, List.of());
	}

	@PostMapping("/sources/new")
	String create(@AuthenticationPrincipal Editor user, @Valid @ModelAttribute("sourceForm") SourceDocumentForm form,
			BindingResult result, HttpSession session, Model model, RedirectAttributes redirect) {
		references.validate(form, result);
		if (result.hasErrors()) {
			return form(model, session, form.draft(), List.of());
		}
		List<Match<SourceDocument>> duplicates = references.possibleDuplicates(form);
		// Added anyway only once the editor has seen every possible duplicate of what they now typed.
		if (!form.offered().containsAll(duplicates.stream().map(match -> match.existing().getKey()).toList())) {
			return form(model, session, form.draft(), duplicates);
		}
		SourceDocument created = references.add(form);
		Draft draft = drafts.find(session, form.draft()).orElse(null);
		if (draft != null) {
			return "redirect:" + draft.formPath() + "?draft=" + form.draft() + "&source=" + created.getKey();
		}
		redirect.addFlashAttribute("message", "source.created");
		return user.isAdministrator() ? "redirect:/admin/sources" : "redirect:/account";
	}

	@GetMapping("/admin/sources")
	String list(Model model) {
		model.addAttribute("mergeForm", MergeForm.empty());
		return page(model);
	}

	@PostMapping("/admin/sources/merge")
	String merge(@AuthenticationPrincipal Editor user, @ModelAttribute("mergeForm") MergeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		merger.validateSources(form, result);
		if (result.hasErrors()) {
			return page(model);
		}
		if (!form.isConfirmed()) {
			model.addAttribute("preview", merger.previewSources(form));
			model.addAttribute("merged", sources.find(form.merged()).orElseThrow());
			model.addAttribute("kept", sources.find(form.kept()).orElseThrow());
			return page(model);
		}
		merger.mergeSources(form, user);
		redirect.addFlashAttribute("message", "merge.done");
		return "redirect:/admin/sources";
	}

	private String page(Model model) {
		model.addAttribute("sources", sources.all());
		model.addAttribute("citations", sources.citations());
		return LIST;
	}

	private String form(Model model, HttpSession session, String draft, List<Match<SourceDocument>> duplicates) {
		drafts.find(session, draft).ifPresent(kept -> model.addAttribute("draftPath", kept.formPath()));
		model.addAttribute("duplicates", duplicates);
		return FORM;
	}

}
