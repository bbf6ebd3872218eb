package eu.smpcatalogue.compare;

import java.util.List;
import java.util.Locale;

import eu.smpcatalogue.export.Csv;
import eu.smpcatalogue.partnership.Element;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

@Controller
class CompareController {

	private final Comparisons comparisons;

	private final MatrixTable table;

	CompareController(Comparisons comparisons, MatrixTable table) {
		this.comparisons = comparisons;
		this.table = table;
	}

	@GetMapping("/compare/elements")
	String elements(@RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model) {
		model.addAttribute("matrix", comparisons.matrix(parameters, locale));
		return "compare/elements";
	}

	@GetMapping("/compare/elements.csv")
	ResponseEntity<byte[]> elementsCsv(@RequestParam MultiValueMap<String, String> parameters, Locale locale) {
		ElementMatrix matrix = comparisons.matrix(parameters, locale);
		return Csv.attachment(table.filename(), Csv.document(MatrixTable.header(), table.rows(matrix, locale)));
	}

	/** The canonical, shareable address is {@code ?slugs=a,b,c}; the matrix's form sends repeated parameters. */
	@GetMapping("/compare")
	String sideBySide(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		List<String> asked = Comparisons.slugs(parameters.get("slugs"));
		List<String> current = comparisons.currentSlugs(asked);
		if (!current.equals(asked) || parameters.get("slugs").size() > 1) {
			return "redirect:/compare?slugs=" + String.join(",", current);
		}
		model.addAttribute("partnerships", comparisons.sideBySide(current));
		model.addAttribute("removeLinks", Comparisons.removeLinks(current));
		model.addAttribute("elements", Element.values());
		return "compare/partnerships";
	}

	@ExceptionHandler
	String cannotCompare(CompareRequestException ex, Model model, HttpServletResponse response) {
		response.setStatus(ex.status().value());
		model.addAttribute("messageKey", ex.messageKey());
		model.addAttribute("messageArguments", ex.arguments());
		return "error/" + ex.status().value();
	}

}
