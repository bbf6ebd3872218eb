package eu.smpcatalogue.catalogue;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The bibliography: the EMN inform and every document its footnotes cite, with the entries citing each. */
@Controller
class SourceController {

	private final CatalogueSearch search;

	SourceController(CatalogueSearch search) {
		this.search = search;
	}

	@GetMapping("/sources")
	String list(Model model) {
		model.addAttribute("sources", search.sources());
		return "sources";
	}

}
