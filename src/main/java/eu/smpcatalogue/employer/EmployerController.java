package eu.smpcatalogue.employer;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "I need people in … in …": the employers' one-stop view, and the same as a one-page brief to print. */
@Controller
class EmployerController {

	private final Employers employers;

	EmployerController(Employers employers) {
		this.employers = employers;
	}

	@GetMapping("/employers")
	String view(@RequestParam(required = false) String need, @RequestParam(required = false) String country, Locale locale,
			Model model) {
		model.addAttribute("view", employers.view(need, country, locale));
		return "employers/view";
	}

	@GetMapping("/employers/brief")
	String brief(@RequestParam(required = false) String need, @RequestParam(required = false) String country,
			Locale locale, Model model) {
		model.addAttribute("view", employers.view(need, country, locale));
		return "employers/brief";
	}

}
