package eu.smpcatalogue.catalogue;

import java.util.Locale;

import eu.smpcatalogue.citation.References;
import eu.smpcatalogue.country.Countries;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.history.EntryType;
import eu.smpcatalogue.verification.Verifications;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class CountryController {

	private final Countries countries;

	private final CatalogueSearch search;

	private final Verifications verifications;

	private final References references;

	CountryController(Countries countries, CatalogueSearch search, Verifications verifications, References references) {
		this.countries = countries;
		this.search = search;
		this.verifications = verifications;
		this.references = references;
	}

	@GetMapping("/countries")
	String list(Locale locale, Model model) {
		model.addAttribute("countries", countries.allByName(locale));
		model.addAttribute("counts", search.partnershipCountsByCountry());
		return "countries/list";
	}

	/** Any case and EMN's EL for Greece are moved permanently to the ISO code before this (see system). */
	@GetMapping("/countries/{code}")
	String show(@PathVariable String code, Locale locale, Model model) {
		Country country = countries.find(code).orElseThrow(() -> new NotFoundException("notFound.country", code));
		model.addAttribute("country", country);
		model.addAttribute("headTags", references.highwire(references.of(country, locale)));
		// The first page of each list, by name, and a link to the rest in the catalogue: bounded at any size.
		ReferenceData reference = search.referenceData();
		CatalogueFilter asDestination = CatalogueFilter.only(Facet.DESTINATION, country.getCode());
		CatalogueFilter asOrigin = CatalogueFilter.only(Facet.ORIGIN, country.getCode());
		model.addAttribute("asDestination", search.list(asDestination, reference, locale));
		model.addAttribute("asDestinationUrl", asDestination.toUrl());
		model.addAttribute("asOrigin", search.list(asOrigin, reference, locale));
		model.addAttribute("asOriginUrl", asOrigin.toUrl());
		model.addAttribute("lastVerification", verifications.latest(EntryType.COUNTRY, country.getCode()).orElse(null));
		return "countries/show";
	}

}
