package eu.smpcatalogue.catalogue;

import java.util.Locale;

import eu.smpcatalogue.citation.References;
import eu.smpcatalogue.country.Countries;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.history.EntryType;
import eu.smpcatalogue.occupation.CodedFacts;
import eu.smpcatalogue.verification.Verifications;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CountryController {

	private final Countries countries;

	private final CatalogueSearch search;

	private final Verifications verifications;

	private final References references;

	private final CodedFacts codedFacts;

	CountryController(Countries countries, CatalogueSearch search, Verifications verifications, References references,
			CodedFacts codedFacts) {
		this.codedFacts = codedFacts;
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
	String show(@PathVariable String code, @RequestParam(required = false) String sort, Locale locale, Model model) {
		Country country = countries.find(code).orElseThrow(() -> new NotFoundException("notFound.country", code));
		Sort order = tableOrder(sort);
		model.addAttribute("country", country);
		model.addAttribute("headTags", references.highwire(references.of(country, locale)));
		model.addAttribute("sort", order.parameter());
		// The first page of each table, in the order asked, and a link to the rest in the catalogue: bounded at any size.
		ReferenceData reference = search.referenceData();
		CatalogueFilter asDestination = CatalogueFilter.only(Facet.DESTINATION, country.getCode()).sortedBy(order);
		CatalogueFilter asOrigin = CatalogueFilter.only(Facet.ORIGIN, country.getCode()).sortedBy(order);
		model.addAttribute("asDestination", search.list(asDestination, reference, locale));
		model.addAttribute("asDestinationUrl", asDestination.toUrl());
		model.addAttribute("asOrigin", search.list(asOrigin, reference, locale));
		model.addAttribute("asOriginUrl", asOrigin.toUrl());
		// For employers: the occupations its partnerships as destination cover, and who takes part in them.
		model.addAttribute("employerOccupations", codedFacts.occupationsWithDestination(country.getCode()));
		model.addAttribute("employerOrganisations", search.organisationsWithDestination(country.getCode(), locale));
		model.addAttribute("lastVerification", verifications.latest(EntryType.COUNTRY, country.getCode()).orElse(null));
		return "countries/show";
	}

	/** The tables sort by name or by start, either way; anything else is a clear 400, as in the catalogue. */
	private static Sort tableOrder(String sort) {
		if (sort == null || sort.isBlank()) {
			return Sort.NAME;
		}
		return Sort.ofParameter(sort.strip())
			.filter(order -> order == Sort.NAME || order == Sort.START || order == Sort.START_DESC)
			.orElseThrow(() -> new InvalidFilterException("catalogue.error.unknownSort", sort));
	}

}
