package eu.smpcatalogue.insights;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Statistics and the map of a reader's selection: the same parameters as /partnerships. */
@Controller
class InsightsController {

	private final Insights insights;

	private final Charts charts;

	private final Maps maps;

	InsightsController(Insights insights, Charts charts, Maps maps) {
		this.insights = insights;
		this.charts = charts;
		this.maps = maps;
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
		model.addAttribute("map", maps.view(selected, locale));
		return "insights/map";
	}

}
