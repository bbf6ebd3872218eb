package eu.smpcatalogue.catalogue;

import eu.smpcatalogue.partnership.Element;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final CatalogueSearch search;

	HomeController(CatalogueSearch search) {
		this.search = search;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("headline", search.headline());
		model.addAttribute("elements", Element.values());
		return "home";
	}

}
