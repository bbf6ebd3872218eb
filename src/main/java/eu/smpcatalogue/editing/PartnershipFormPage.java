package eu.smpcatalogue.editing;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import eu.smpcatalogue.country.Countries;
import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.partnership.CatalogueLink;
import eu.smpcatalogue.partnership.Category;
import eu.smpcatalogue.partnership.Element;
import eu.smpcatalogue.partnership.ElementStatus;
import eu.smpcatalogue.partnership.Figure;
import eu.smpcatalogue.partnership.Involvement;
import eu.smpcatalogue.partnership.Kind;
import eu.smpcatalogue.partnership.Organisation;
import eu.smpcatalogue.partnership.SkillLevel;
import eu.smpcatalogue.partnership.Status;
import eu.smpcatalogue.partnership.Vocabularies;
import eu.smpcatalogue.source.SourceDocuments;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;

/** The partnership form's page, whole or one section of it, with the lists its fields choose from. */
@Component
class PartnershipFormPage {

	static final String VIEW = "editing/partnership";

	private final Countries countries;

	private final Vocabularies vocabularies;

	private final SourceDocuments sources;

	PartnershipFormPage(Countries countries, Vocabularies vocabularies, SourceDocuments sources) {
		this.countries = countries;
		this.vocabularies = vocabularies;
		this.sources = sources;
	}

	/** The page: {@code slug} null for a new partnership, {@code section} null for the whole form. */
	String show(Model model, PartnershipForm form, String slug, FormSection section, Locale locale) {
		model.addAttribute("form", form);
		if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + "form")) {
			// A form shown as loaded is still read through the binder, so numbers and dates show as typed.
			WebDataBinder binder = new WebDataBinder(form, "form");
			TypedValues.register(binder);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", binder.getBindingResult());
		}
		model.addAttribute("slug", slug);
		model.addAttribute("section", section);
		model.addAttribute("sections", FormSection.values());
		model.addAttribute("shownSections", section == null ? List.of(FormSection.values()) : List.of(section));
		List<Choice> countryChoices = countries.allByName(locale)
			.stream()
			.map(country -> new Choice(country.getCode(), country.getName().in(locale)))
			.toList();
		model.addAttribute("countryChoices", countryChoices);
		model.addAttribute("countries", countries.allByName(locale));
		model.addAttribute("regionChoices", choices(vocabularies.regions().stream()
			.map(region -> new Choice(region.getSlug(), name(region.getName(), locale)))
			.toList()));
		model.addAttribute("sectorChoices", choices(vocabularies.sectors().stream()
			.map(sector -> new Choice(sector.getSlug(), name(sector.getName(), locale)))
			.toList()));
		List<Choice> organisationChoices = choices(vocabularies.organisations().stream()
			.map(organisation -> new Choice(organisation.getSlug(), organisationName(organisation, locale)))
			.toList());
		model.addAttribute("organisationChoices", organisationChoices);
		model.addAttribute("organisationNames",
				organisationChoices.stream().collect(Collectors.toMap(Choice::code, Choice::label, (a, b) -> a)));
		model.addAttribute("sourceDocuments", sources.all());
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("categories", Category.values());
		model.addAttribute("statuses", Status.values());
		model.addAttribute("skillLevels", SkillLevel.values());
		model.addAttribute("elements", Element.values());
		model.addAttribute("elementStatuses", ElementStatus.values());
		model.addAttribute("roles", Involvement.Role.values());
		model.addAttribute("roleNames", Arrays.stream(Involvement.Role.values()).map(Enum::name).collect(Collectors.toSet()));
		model.addAttribute("figureKinds", Figure.Kind.values());
		model.addAttribute("measures", Figure.Measure.values());
		model.addAttribute("qualifiers", Figure.Qualifier.values());
		model.addAttribute("units", Figure.Unit.values());
		model.addAttribute("catalogues", CatalogueLink.Catalogue.values());
		return VIEW;
	}

	/** The name as the reader's language gives it, with the acronym people know it by when the name does not say it. */
	private static String organisationName(Organisation organisation, Locale locale) {
		String name = name(organisation.getName(), locale);
		String acronym = organisation.getAcronym();
		boolean named = acronym == null || acronym.isBlank()
				|| name.toLowerCase(Locale.ROOT).contains(acronym.toLowerCase(Locale.ROOT));
		return named ? name : name + " (" + acronym + ")";
	}

	private static String name(LocalizedText text, Locale locale) {
		return text == null ? "" : text.in(locale);
	}

	private static List<Choice> choices(List<Choice> choices) {
		return choices.stream().sorted(Comparator.comparing(Choice::label, String.CASE_INSENSITIVE_ORDER)).toList();
	}

}
