package eu.smpcatalogue.compare;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page can show the tray and offer "add to comparison": it is read from the cookie, without a query. */
@ControllerAdvice
class ComparisonTrayAdvice {

	@ModelAttribute("tray")
	ComparisonTray tray(@CookieValue(name = ComparisonTray.COOKIE, required = false) String cookie,
			HttpServletRequest request) {
		String query = request.getQueryString();
		String here = request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
		return ComparisonTray.of(cookie, ComparisonTrayController.safe(here));
	}

}
