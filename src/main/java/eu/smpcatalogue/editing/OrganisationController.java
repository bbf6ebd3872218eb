package eu.smpcatalogue.editing;

import java.util.List;
import java.util.Locale;

import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.country.Countries;
import eu.smpcatalogue.editing.PartnershipDrafts.Draft;
import eu.smpcatalogue.editing.PossibleDuplicates.Match;
import eu.smpcatalogue.partnership.Organisation;
import eu.smpcatalogue.partnership.Organisations;
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
 * Adding an organisation (contact points and administrators), most often from within a partnership form,
 * which waits as a draft and gets the new organisation chosen; merging two (administrators).
 */
@Controller
class OrganisationController {

	private static final String FORM = "editing/organisation";

	private static final String LIST = "editing/organisations";

	private final ReferenceEditor references;

	private final ReferenceMerger merger;

	private final Organisations organisations;

	private final Countries countries;

	private final PartnershipDrafts drafts;

	OrganisationController(ReferenceEditor references, ReferenceMerger merger, Organisations organisations,
			Countries countries, PartnershipDrafts drafts) {
		this.references = references;
		this.merger = merger;
		this.organisations = organisations;
		this.countries = countries;
		this.drafts = drafts;
	}

	@GetMapping("/organisations/new")
	String newForm(@RequestParam(required = false) String draft, HttpSession session, Model model, Locale locale) {
		model.addAttribute("organisationForm", OrganisationForm.empty(drafts.find(session, draft).isPresent() ? draft : null));
		return form(model, session, draft, List.of(), locale);
	}

	@PostMapping("/organisations/new")
	String create(@AuthenticationPrincipal Editor user, @Valid @ModelAttribute("organisationForm") OrganisationForm form,
			BindingResult result, HttpSession session, Model model, Locale locale, RedirectAttributes redirect) {
		references.validate(form, result);
		if (result.hasErrors()) {
			return form(model, session, form.draft(), List.of(), locale);
		}
		List<Match<Organisation>> duplicates = references.possibleDuplicates(form);
		// Created anyway only once the editor has seen every possible duplicate of what they now typed.
		if (!form.offered().containsAll(duplicates.stream().map(match -> match.existing().getSlug()).toList())) {
			return form(model, session, form.draft(), duplicates, locale);
		}
		Organisation created = references.add(form);
		Draft draft = drafts.find(session, form.draft()).orElse(null);
		if (draft != null) {
			return "redirect:" + draft.formPath() + "?draft=" + form.draft() + "&organisation=" + created.getSlug();
		}
		redirect.addFlashAttribute("message", "organisation.created");
		return user.isAdministrator() ? "redirect:/admin/organisations" : "redirect:/account";
	}

	@GetMapping("/admin/organisations")
	String list(Model model) {
		model.addAttribute("mergeForm", MergeForm.empty());
		return page(model);
	}

	@PostMapping("/admin/organisations/merge")
	String merge(@AuthenticationPrincipal Editor user, @ModelAttribute("mergeForm") MergeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		merger.validateOrganisations(form, result);
		if (result.hasErrors()) {
			return page(model);
		}
		if (!form.isConfirmed()) {
			model.addAttribute("preview", merger.previewOrganisations(form));
			model.addAttribute("merged", organisations.find(form.merged()).orElseThrow());
			model.addAttribute("kept", organisations.find(form.kept()).orElseThrow());
			return page(model);
		}
		merger.mergeOrganisations(form, user);
		redirect.addFlashAttribute("message", "merge.done");
		return "redirect:/admin/organisations";
	}

	private String page(Model model) {
		model.addAttribute("organisations", organisations.all());
		model.addAttribute("counts", organisations.partnershipCounts());
		return LIST;
	}

	private String form(Model model, HttpSession session, String draft, List<Match<Organisation>> duplicates, Locale locale) {
		drafts.find(session, draft).ifPresent(kept -> model.addAttribute("draftPath", kept.formPath()));
		model.addAttribute("duplicates", duplicates);
		model.addAttribute("kinds", Organisation.Type.values());
		model.addAttribute("countries", countries.allByName(locale));
		return FORM;
	}

}
