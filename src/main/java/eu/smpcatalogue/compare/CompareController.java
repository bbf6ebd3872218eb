package eu.smpcatalogue.compare;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import eu.smpcatalogue.export.AboutSheet;
import eu.smpcatalogue.export.Csv;
import eu.smpcatalogue.export.Spreadsheet;
import eu.smpcatalogue.partnership.Element;
import eu.smpcatalogue.partnership.Partnership;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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

	private final AboutSheet about;

	private final MessageSource messages;

	CompareController(Comparisons comparisons, MatrixTable table, AboutSheet about, MessageSource messages) {
		this.comparisons = comparisons;
		this.table = table;
		this.about = about;
		this.messages = messages;
	}

	@GetMapping("/compare/elements")
	String elements(@RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model) {
		model.addAttribute("matrix", comparisons.matrix(parameters, locale));
		return "compare/elements";
	}

	@GetMapping("/compare/elements.csv")
	void elementsCsv(@RequestParam MultiValueMap<String, String> parameters, Locale locale, HttpServletResponse response)
			throws IOException {
		Csv.Separator separator = Csv.Separator.ofParameter(parameters.getFirst("sep"))
			.orElseThrow(() -> new CompareRequestException(HttpStatus.BAD_REQUEST, "exports.error.separator",
					parameters.getFirst("sep")));
		ElementMatrix matrix = comparisons.matrix(parameters, locale);
		Csv.startDownload(response, table.filename("csv"));
		try (Csv csv = new Csv(response.getOutputStream(), separator)) {
			csv.row(MatrixTable.header());
			table.rows(matrix, locale).forEach(csv::row);
		}
	}

	@GetMapping("/compare/elements.xlsx")
	void elementsSpreadsheet(@RequestParam MultiValueMap<String, String> parameters, Locale locale,
			HttpServletResponse response) throws IOException {
		ElementMatrix matrix = comparisons.matrix(parameters, locale);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Spreadsheet.startDownload(response, table.filename("xlsx"));
		Spreadsheet workbook = new Spreadsheet(response.getOutputStream(),
				messages.getMessage("exports.sheet.matrix", null, locale), MatrixTable.header(), MatrixTable::width);
		table.rows(matrix, locale).forEach(workbook::row);
		workbook.finish(about.name(locale), about.lines("exports.about.content.matrix", matrix.pageLink(), matrix.rows().size(),
				today, locale));
	}

	/** The canonical, shareable address is {@code ?slugs=a,b,c}; the matrix's form sends repeated parameters. */
	@GetMapping("/compare")
	String sideBySide(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		List<String> asked = Comparisons.slugs(parameters.get("slugs"));
		List<String> current = comparisons.currentSlugs(asked);
		if (!current.equals(asked) || parameters.get("slugs").size() > 1) {
			return "redirect:/compare?slugs=" + String.join(",", current);
		}
		List<Partnership> compared = comparisons.sideBySide(current);
		model.addAttribute("partnerships", compared);
		model.addAttribute("differs", Comparisons.differingFields(compared));
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
