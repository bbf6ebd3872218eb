package eu.smpcatalogue.catalogue;

import java.util.Locale;

import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.partnership.Partnerships;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CatalogueController {

	private final Catalogue catalogue;

	private final Partnerships partnerships;

	CatalogueController(Catalogue catalogue, Partnerships partnerships) {
		this.catalogue = catalogue;
		this.partnerships = partnerships;
	}

	@GetMapping("/partnerships")
	String list(@RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model) {
		model.addAttribute("page", catalogue.browse(parameters, locale));
		return "partnerships/list";
	}

	@GetMapping("/partnerships/{slug}")
	String show(@PathVariable String slug, Locale locale, Model model) {
		Partnership partnership = partnerships.findPublished(slug)
			.orElseThrow(() -> new NotFoundException("notFound.partnership", slug));
		model.addAttribute("partnership", partnership);
		model.addAttribute("related", partnerships.related(partnership, locale));
		return "partnerships/show";
	}

}
