package eu.smpcatalogue.catalogue;

import java.util.Arrays;
import java.util.Locale;

import eu.smpcatalogue.partnership.Involvement.Role;
import eu.smpcatalogue.partnership.Organisation.Type;
import eu.smpcatalogue.partnership.OrganisationDirectory;
import eu.smpcatalogue.partnership.OrganisationDirectory.Filter;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organisations partnerships name, as readers find them: the whole list narrowed by kind, country, role
 * and words of the name (plain GET forms), and each organisation with its partnerships by role and the
 * source's sentence for each role.
 */
@Controller
class OrganisationDirectoryController {

	private final OrganisationDirectory directory;

	OrganisationDirectoryController(OrganisationDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/organisations")
	String list(@RequestParam(required = false) String kind, @RequestParam(required = false) String country,
			@RequestParam(required = false) String role, @RequestParam(required = false) String q, Model model,
			Locale locale, HttpServletResponse response) {
		model.addAttribute("kinds", Type.values());
		model.addAttribute("roles", Role.values());
		model.addAttribute("countries", directory.countries());
		model.addAttribute("kind", blank(kind) ? "" : kind);
		model.addAttribute("country", blank(country) ? "" : country);
		model.addAttribute("role", blank(role) ? "" : role);
		model.addAttribute("q", q == null ? "" : q);
		String invalid = !blank(kind) && !isConstant(Type.values(), kind) ? "organisations.invalid.kind"
				: !blank(role) && !isConstant(Role.values(), role) ? "organisations.invalid.role"
				: !blank(country) && !country.strip().matches("[A-Za-z]{2}") ? "organisations.invalid.country" : null;
		if (invalid != null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("invalid", invalid);
			model.addAttribute("organisations", java.util.List.of());
			return "organisations/list";
		}
		Filter filter = new Filter(blank(kind) ? null : Type.valueOf(kind), blank(country) ? null : country.strip().toUpperCase(Locale.ROOT),
				blank(role) ? null : Role.valueOf(role), q);
		model.addAttribute("filtered", !filter.isEmpty());
		model.addAttribute("organisations", directory.find(filter, locale));
		return "organisations/list";
	}

	@GetMapping("/organisations/{organisation}")
	String show(@PathVariable String organisation, Model model) {
		model.addAttribute("profile", directory.profile(organisation)
			.orElseThrow(() -> new NotFoundException("notFound.organisation", organisation)));
		return "organisations/show";
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static boolean isConstant(Enum<?>[] constants, String value) {
		return Arrays.stream(constants).anyMatch(constant -> constant.name().equals(value));
	}

}
