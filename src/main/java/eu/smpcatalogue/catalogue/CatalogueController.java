package eu.smpcatalogue.catalogue;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import eu.smpcatalogue.citation.References;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.history.EntryType;
import eu.smpcatalogue.occupation.CodedFacts;
import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.partnership.Partnerships;
import eu.smpcatalogue.verification.Verifications;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CatalogueController {

	/** Related partnerships on a detail page; the rest are a link to the catalogue away. */
	static final int RELATED_SHOWN = 10;

	private final Catalogue catalogue;

	private final Partnerships partnerships;

	private final Verifications verifications;

	private final References references;

	private final CodedFacts codedFacts;

	CatalogueController(Catalogue catalogue, Partnerships partnerships, Verifications verifications, References references,
			CodedFacts codedFacts) {
		this.codedFacts = codedFacts;
		this.catalogue = catalogue;
		this.partnerships = partnerships;
		this.verifications = verifications;
		this.references = references;
	}

	@GetMapping("/partnerships")
	String list(@RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model) {
		model.addAttribute("page", catalogue.browse(parameters, locale));
		return "partnerships/list";
	}

	@GetMapping("/partnerships/{slug}")
	String show(@PathVariable String slug, Locale locale, Model model) {
		Partnership partnership = partnerships.findPublished(slug).orElse(null);
		if (partnership == null) {
			// An address from before an administrator changed the slug still leads to the entry.
			return partnerships.currentSlugFor(slug)
				.map(current -> "redirect:/partnerships/" + current)
				.orElseThrow(() -> new NotFoundException("notFound.partnership", slug));
		}
		model.addAttribute("partnership", partnership);
		// Occupations, the sentence behind the skill level, recognition: coded apart from the entry's versions.
		model.addAttribute("coding", codedFacts.of(partnership.getId()));
		// For reference managers (Zotero's embedded-metadata translator, Mendeley, Google Scholar).
		model.addAttribute("headTags", references.highwire(references.of(partnership, locale)));
		model.addAttribute("related", partnerships.related(partnership, RELATED_SHOWN));
		model.addAttribute("relatedUrl", betweenTheSameCountries(partnership));
		// When it was last changed and last checked, in one read.
		Verifications.Freshness freshness = verifications.freshness(EntryType.PARTNERSHIP, partnership.getId().toString());
		model.addAttribute("lastChange", freshness.lastChange());
		model.addAttribute("lastVerification", freshness.lastCheck());
		return "partnerships/show";
	}

	/** The catalogue of the partnerships with a destination and an origin in common with this one, if it has both. */
	private static String betweenTheSameCountries(Partnership partnership) {
		Set<String> destinations = codes(partnership.getDestinationCountries());
		Set<String> origins = codes(partnership.getOriginCountries());
		if (destinations.isEmpty() || origins.isEmpty()) {
			return null;
		}
		return CatalogueFilter.matching(Map.of(Facet.DESTINATION, destinations, Facet.ORIGIN, origins)).toUrl();
	}

	private static Set<String> codes(Set<Country> countries) {
		return countries.stream().map(Country::getCode).collect(Collectors.toSet());
	}

}
