package eu.smpcatalogue.catalogue;

import java.util.Locale;

import eu.smpcatalogue.country.Countries;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.partnership.Partnerships;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class CountryController {

	private final Countries countries;

	private final Partnerships partnerships;

	private final CatalogueSearch search;

	CountryController(Countries countries, Partnerships partnerships, CatalogueSearch search) {
		this.countries = countries;
		this.partnerships = partnerships;
		this.search = search;
	}

	@GetMapping("/countries")
	String list(Locale locale, Model model) {
		model.addAttribute("countries", countries.allByName(locale));
		model.addAttribute("counts", search.partnershipCountsByCountry());
		return "countries/list";
	}

	/** Any case and EMN's EL for Greece are accepted; they redirect to the canonical ISO code. */
	@GetMapping("/countries/{code}")
	String show(@PathVariable String code, Locale locale, Model model) {
		Country country = countries.find(code).orElseThrow(() -> new NotFoundException("notFound.country", code));
		if (!country.getCode().equals(code)) {
			return "redirect:/countries/" + country.getCode();
		}
		model.addAttribute("country", country);
		model.addAttribute("asDestination", partnerships.withDestination(country.getCode(), locale));
		model.addAttribute("asOrigin", partnerships.withOrigin(country.getCode(), locale));
		return "countries/show";
	}

}
