package eu.smpcatalogue.history;

import java.util.List;
import java.util.Locale;

import eu.smpcatalogue.country.Countries;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.partnership.Partnerships;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public history of each entry, a readable comparison of any two revisions, and recent changes. */
@Controller
class HistoryController {

	private final History history;

	private final Partnerships partnerships;

	private final Countries countries;

	private final Changes changes;

	HistoryController(History history, Partnerships partnerships, Countries countries, Changes changes) {
		this.history = history;
		this.partnerships = partnerships;
		this.countries = countries;
		this.changes = changes;
	}

	@GetMapping("/partnerships/{slug}/history")
	String partnership(@PathVariable String slug, Model model) {
		Partnerships.Named partnership = published(slug);
		model.addAttribute("partnership", partnership);
		model.addAttribute("revisions", history.of(EntryType.PARTNERSHIP, partnership.id().toString()));
		return "history/partnership";
	}

	@GetMapping("/partnerships/{slug}/history/compare")
	String comparePartnership(@PathVariable String slug, @RequestParam long from, @RequestParam long to, Model model,
			Locale locale) {
		Partnerships.Named partnership = published(slug);
		compare(model, EntryType.PARTNERSHIP, partnership.id().toString(), from, to, locale);
		model.addAttribute("partnership", partnership);
		return "history/compare";
	}

	@GetMapping("/countries/{code}/history")
	String country(@PathVariable String code, Model model) {
		Country country = country(code);
		model.addAttribute("country", country);
		model.addAttribute("revisions", history.of(EntryType.COUNTRY, country.getCode()));
		return "history/country";
	}

	@GetMapping("/countries/{code}/history/compare")
	String compareCountry(@PathVariable String code, @RequestParam long from, @RequestParam long to, Model model,
			Locale locale) {
		Country country = country(code);
		compare(model, EntryType.COUNTRY, country.getCode(), from, to, locale);
		model.addAttribute("country", country);
		return "history/compare";
	}

	@GetMapping("/changes")
	String changes(Model model) {
		List<Revision> recent = history.recent(100);
		model.addAttribute("changes", recent);
		model.addAttribute("partnerships", partnerships.namesByIds(recent.stream()
			.filter(revision -> revision.entryType() == EntryType.PARTNERSHIP)
			.map(Revision::entryKey)
			.toList()));
		return "history/changes";
	}

	private void compare(Model model, EntryType type, String key, long from, long to, Locale locale) {
		Revision older = history.find(type, key, from).orElseThrow(() -> new EntryNotFoundException("revision " + from));
		Revision newer = history.find(type, key, to).orElseThrow(() -> new EntryNotFoundException("revision " + to));
		model.addAttribute("older", older);
		model.addAttribute("newer", newer);
		model.addAttribute("changes", changes.between(older.snapshot(), newer.snapshot(), locale));
	}

	/** Only the name is shown: no need to load the whole partnership. */
	private Partnerships.Named published(String slug) {
		return partnerships.findPublishedName(slug).orElseThrow(() -> new EntryNotFoundException(slug));
	}

	private Country country(String code) {
		return countries.find(code).orElseThrow(() -> new EntryNotFoundException(code));
	}

}
