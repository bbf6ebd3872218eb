package eu.smpcatalogue.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.country.Countries;
import eu.smpcatalogue.country.Country;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Verification rounds: administrators open and close them; contact points work through their entries; a
 * round's completeness is public once it is closed (editors see it while it runs).
 */
@Controller
class RoundController {

	private final Rounds rounds;

	private final Countries countries;

	private final Clock clock;

	RoundController(Rounds rounds, Countries countries, Clock clock) {
		this.rounds = rounds;
		this.countries = countries;
		this.clock = clock;
	}

	@GetMapping("/admin/rounds")
	String list(Model model, Locale locale) {
		if (!model.containsAttribute("round")) {
			model.addAttribute("round", RoundForm.empty());
		}
		return page(model, locale);
	}

	@PostMapping("/admin/rounds")
	String open(@AuthenticationPrincipal Editor user, @Valid @ModelAttribute("round") RoundForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		Optional<LocalDate> deadline = form.deadlineDate();
		if (!result.hasFieldErrors("deadline") && deadline.isEmpty()) {
			result.rejectValue("deadline", "round.deadline.invalid");
		}
		if (deadline.isPresent() && (deadline.get().isBefore(today) || deadline.get().getYear() > 2100)) {
			result.rejectValue("deadline", "round.deadline.range");
		}
		Set<String> offered = askable(locale).stream().map(RoundForm.CountryChoice::code).collect(Collectors.toSet());
		if (!offered.containsAll(form.countries())) {
			result.rejectValue("countries", "round.countries.unknown");
		}
		if (result.hasErrors()) {
			return page(model, locale);
		}
		long id = rounds.open(form.name(), deadline.orElseThrow(), form.countries(), user.displayName());
		redirect.addFlashAttribute("message", "round.opened");
		return "redirect:/rounds/" + id;
	}

	@PostMapping("/admin/rounds/{round}/close")
	String close(@PathVariable("round") long id, RedirectAttributes redirect) {
		rounds.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		redirect.addFlashAttribute("message", rounds.close(id) ? "round.closed" : "round.alreadyClosed");
		return "redirect:/rounds/" + id;
	}

	/** A round's completeness: public once closed; while it runs, for editors only (others: no such page). */
	@GetMapping("/rounds/{round}")
	String show(@AuthenticationPrincipal Editor user, @PathVariable("round") long id, Model model) {
		Round round = rounds.find(id)
			.filter(found -> !found.isOpen() || user != null)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("round", round);
		return "verification/round";
	}

	/** What a contact point has to check in the open rounds of their country. */
	@GetMapping("/account/rounds")
	String toCheck(@AuthenticationPrincipal Editor user, Model model) {
		List<Round> open = user.countryCode() == null ? List.of() : rounds.openFor(user.countryCode());
		model.addAttribute("rounds", open.stream().map(round -> new RoundToCheck(round, rounds.entries(round.id(), user.countryCode()))).toList());
		return "verification/to-check";
	}

	/** An open round and the signed-in contact point's entries in it. */
	record RoundToCheck(Round round, List<RoundEntry> entries) {
	}

	private String page(Model model, Locale locale) {
		model.addAttribute("rounds", rounds.all());
		model.addAttribute("askable", askable(locale));
		return "verification/rounds";
	}

	/** The countries asked by the EMN query: the Member States, whose contact points keep their entries. */
	private List<RoundForm.CountryChoice> askable(Locale locale) {
		return countries.allByName(locale)
			.stream()
			.filter(country -> country.getEmnAnswer() != null && country.getEmnAnswer().responded() != null)
			.map((Country country) -> new RoundForm.CountryChoice(country.getCode(), country.getName().in(locale)))
			.toList();
	}

}
