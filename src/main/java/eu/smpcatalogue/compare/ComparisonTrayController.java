package eu.smpcatalogue.compare;

import java.util.List;

import eu.smpcatalogue.partnership.Partnerships;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adds to, takes from and empties the comparison tray, then goes back to the page the reader was on. Plain
 * links, so they work without script; they change nothing but the reader's own cookie.
 */
@Controller
class ComparisonTrayController {

	private final Partnerships partnerships;

	ComparisonTrayController(Partnerships partnerships) {
		this.partnerships = partnerships;
	}

	@GetMapping("/comparison/add")
	String add(@RequestParam String slug, @RequestParam(required = false) String back,
			@CookieValue(name = ComparisonTray.COOKIE, required = false) String cookie, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		ComparisonTray tray = ComparisonTray.of(cookie, safe(back));
		if (!ComparisonTray.isSlug(slug) || partnerships.findPublishedName(slug).isEmpty()) {
			throw new CompareRequestException(HttpStatus.NOT_FOUND, "compare.error.unknown", slug);
		}
		if (!tray.contains(slug)) {
			if (tray.isFull()) {
				redirect.addFlashAttribute("message", "compare.tray.full");
				return "redirect:" + tray.back();
			}
			tray = tray.with(slug);
		}
		store(tray, request, response);
		return "redirect:" + tray.back();
	}

	@GetMapping("/comparison/remove")
	String remove(@RequestParam String slug, @RequestParam(required = false) String back,
			@CookieValue(name = ComparisonTray.COOKIE, required = false) String cookie, HttpServletRequest request,
			HttpServletResponse response) {
		ComparisonTray tray = ComparisonTray.of(cookie, safe(back)).without(slug);
		store(tray, request, response);
		return "redirect:" + tray.back();
	}

	@GetMapping("/comparison/clear")
	String clear(@RequestParam(required = false) String back, HttpServletRequest request, HttpServletResponse response) {
		ComparisonTray tray = new ComparisonTray(List.of(), safe(back));
		store(tray, request, response);
		return "redirect:" + tray.back();
	}

	@ExceptionHandler
	String cannotAdd(CompareRequestException ex, Model model, HttpServletResponse response) {
		response.setStatus(ex.status().value());
		model.addAttribute("messageKey", ex.messageKey());
		model.addAttribute("messageArguments", ex.arguments());
		return "error/" + ex.status().value();
	}

	/** A session cookie: HttpOnly, SameSite=Lax, Secure over HTTPS; an empty tray deletes it. */
	private static void store(ComparisonTray tray, HttpServletRequest request, HttpServletResponse response) {
		ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(ComparisonTray.COOKIE, tray.cookieValue())
			.path("/")
			.httpOnly(true)
			.sameSite("Lax")
			.secure(request.isSecure());
		if (tray.isEmpty()) {
			cookie.maxAge(0);
		}
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.build().toString());
	}

	/** Only a path on this site: anything else (another host, a scheme, a line break) goes to the catalogue. */
	static String safe(String back) {
		if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
				|| back.chars().anyMatch(c -> c < 0x21 || c == '\\' || c > 0x7e)) {
			return "/partnerships";
		}
		return back;
	}

}
