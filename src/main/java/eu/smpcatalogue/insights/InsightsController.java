package eu.smpcatalogue.insights;

import java.io.IOException;
import java.util.Locale;

import eu.smpcatalogue.country.CountryCode;
import eu.smpcatalogue.export.Csv;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Statistics and the map of a reader's selection: the same parameters as /partnerships. */
@Controller
class InsightsController {

	private final Insights insights;

	private final Charts charts;

	private final Maps maps;

	private final ChartTables tables;

	InsightsController(Insights insights, Charts charts, Maps maps, ChartTables tables) {
		this.insights = insights;
		this.charts = charts;
		this.maps = maps;
		this.tables = tables;
	}

	/** One chart's numbers, for the same selection, as CSV; {@code ?sep=semicolon} as the catalogue's exports. */
	@GetMapping("/statistics/{chart}.csv")
	void chartCsv(@PathVariable String chart, @RequestParam MultiValueMap<String, String> parameters, Locale locale,
			HttpServletResponse response) throws IOException {
		Csv.Separator separator = Csv.Separator.ofParameter(parameters.getFirst("sep"))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		MultiValueMap<String, String> selection = new LinkedMultiValueMap<>(parameters);
		selection.remove("sep");
		Statistics statistics = insights.statistics(insights.select(selection, locale), locale);
		ChartTables.Table table = tables.of(chart, statistics, locale)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Csv.startDownload(response, "smp-statistics-" + chart + ".csv");
		try (Csv csv = new Csv(response.getOutputStream(), separator)) {
			csv.row(table.header());
			table.rows().forEach(csv::row);
		}
	}

	@GetMapping("/statistics")
	String statistics(@RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model) {
		Selected selected = insights.select(parameters, locale);
		model.addAttribute("selected", selected);
		Statistics statistics = insights.statistics(selected, locale);
		model.addAttribute("statistics", statistics);
		model.addAttribute("charts", charts.all(statistics, locale));
		return "insights/statistics";
	}

	@GetMapping("/map")
	String map(@RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model) {
		Selected selected = insights.select(parameters, locale);
		model.addAttribute("selected", selected);
		// Both are views of the same selection, not filters: "view=europe" and "corridors=MA".
		boolean europe = "europe".equals(parameters.getFirst("view"));
		String corridorsOf = CountryCode.parse(parameters.getFirst("corridors")).orElse(null);
		model.addAttribute("map", maps.view(selected, locale, europe, corridorsOf));
		return "insights/map";
	}

}
