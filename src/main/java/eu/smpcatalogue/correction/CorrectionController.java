package eu.smpcatalogue.correction;

import java.util.Locale;
import java.util.Optional;

import eu.smpcatalogue.correction.Corrections.Suggestion;
import eu.smpcatalogue.partnership.Partnerships;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Readers suggest a correction to a partnership or a country's entry, without an account, and follow it
 * on a private status page. Robots are kept out by a field people do not see, a minimum time to fill the
 * form in, and limits per address and in all (docs/corrections.md).
 */
@Controller
class CorrectionController {

	private static final String FORM = "correction/form";

	private final CorrectionEntries entries;

	private final Corrections corrections;

	private final FillTime fillTime;

	private final SubmissionLimits limits;

	private final Partnerships partnerships;

	CorrectionController(CorrectionEntries entries, Corrections corrections, FillTime fillTime, SubmissionLimits limits,
			Partnerships partnerships) {
		this.entries = entries;
		this.corrections = corrections;
		this.fillTime = fillTime;
		this.limits = limits;
		this.partnerships = partnerships;
	}

	@GetMapping("/partnerships/{slug}/corrections/new")
	String partnershipForm(@PathVariable String slug, Model model, HttpServletResponse response) {
		Optional<CorrectionEntry> entry = entries.partnership(slug);
		if (entry.isEmpty()) {
			// An address from before an administrator changed the slug still leads to the form.
			return partnerships.currentSlugFor(slug)
				.map(current -> "redirect:/partnerships/" + current + "/corrections/new")
				.orElseThrow(() -> new CorrectionNotFoundException("notFound.partnership", slug));
		}
		return blankForm(entry.get(), model, response);
	}

	@GetMapping("/countries/{code}/corrections/new")
	String countryForm(@PathVariable String code, Model model, HttpServletResponse response) {
		return blankForm(country(code), model, response);
	}

	@PostMapping("/partnerships/{slug}/corrections")
	String suggestForPartnership(@PathVariable String slug, @Valid @ModelAttribute("form") CorrectionForm form,
			BindingResult result, Model model, Locale locale, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		CorrectionEntry entry = entries.partnership(slug)
			.orElseThrow(() -> new CorrectionNotFoundException("notFound.partnership", slug));
		return suggest(entry, form, result, model, locale, request, response, redirect);
	}

	@PostMapping("/countries/{code}/corrections")
	String suggestForCountry(@PathVariable String code, @Valid @ModelAttribute("form") CorrectionForm form,
			BindingResult result, Model model, Locale locale, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		return suggest(country(code), form, result, model, locale, request, response, redirect);
	}

	/** The private page of one suggestion: the link is the only key to it, and no search engine keeps it. */
	@GetMapping("/corrections/{token}")
	String status(@PathVariable String token, Model model, HttpServletResponse response) {
		Correction correction = corrections.findByToken(token)
			.orElseThrow(() -> new CorrectionNotFoundException("correction.notFound", ""));
		privatePage(response);
		model.addAttribute("correction", correction);
		model.addAttribute("entry", entries.find(correction.entryType(), correction.entryKey()).orElse(null));
		return "correction/status";
	}

	private String suggest(CorrectionEntry entry, CorrectionForm form, BindingResult result, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		privatePage(response);
		if (!blank(form.getWebsite())) {
			// Filled in by something that does not see the page as people do: nothing is stored.
			return refused(entry, form, "correction.refused.trap", model, response);
		}
		checkEmail(form, result);
		if (result.hasErrors()) {
			return form(entry, form, model);
		}
		switch (fillTime.check(form.getStarted())) {
			case TOO_FAST -> {
				return refused(entry, form, "correction.refused.tooFast", model, response);
			}
			case EXPIRED, UNREADABLE -> {
				return refused(entry, form, "correction.refused.expired", model, response);
			}
			case IN_TIME -> {
			}
		}
		try {
			String token = corrections.receive(entry, suggestion(form), fillTime.digest(request.getRemoteAddr()), locale);
			redirect.addFlashAttribute("message", "correction.received");
			return "redirect:/corrections/" + token;
		}
		catch (TooManySuggestionsException ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(SubmissionLimits.WINDOW.toSeconds()));
			model.addAttribute("entry", entry);
			model.addAttribute("perAddress", limits.perAddress());
			model.addAttribute("inAll", limits.inAll());
			return "correction/limit";
		}
	}

	private String blankForm(CorrectionEntry entry, Model model, HttpServletResponse response) {
		privatePage(response);
		return form(entry, new CorrectionForm(), model);
	}

	/** Refused politely: what the person typed stays, with a new start time, and nothing is stored. */
	private String refused(CorrectionEntry entry, CorrectionForm form, String reason, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		form.setWebsite(null);
		form.setStarted(null);
		model.addAttribute("refused", reason);
		return form(entry, form, model);
	}

	private String form(CorrectionEntry entry, CorrectionForm form, Model model) {
		if (blank(form.getStarted())) {
			form.setStarted(fillTime.start());
		}
		model.addAttribute("entry", entry);
		model.addAttribute("form", form);
		return FORM;
	}

	private CorrectionEntry country(String code) {
		return entries.country(code).orElseThrow(() -> new CorrectionNotFoundException("notFound.country", code));
	}

	private static void checkEmail(CorrectionForm form, BindingResult result) {
		String email = form.getEmail() == null ? "" : form.getEmail().strip();
		if (!email.isEmpty() && !result.hasFieldErrors("email") && !email.matches("[^@\\s]+@[^@\\s]+")) {
			result.rejectValue("email", "correction.email.invalid");
		}
	}

	private static Suggestion suggestion(CorrectionForm form) {
		return new Suggestion(form.getWhatIsWrong().strip(), form.getShouldSay().strip(), form.getSource().strip(),
				orNull(form.getName()), orNull(form.getOrganisation()), orNull(form.getEmail()));
	}

	/** Pages with a reader's own text or a private link: kept by no cache and no search engine. */
	private static void privatePage(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
	}

	private static String orNull(String text) {
		return blank(text) ? null : text.strip();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
