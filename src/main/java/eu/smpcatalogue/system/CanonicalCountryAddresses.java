package eu.smpcatalogue.system;

import java.util.Map;

import eu.smpcatalogue.country.CountryCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One address per country page: {@code /countries/be/history} or {@code /countries/EL} are read as
 * people type them, and moved permanently to {@code /countries/BE/history} and {@code /countries/GR}, so
 * that a page, its history and its links never split between spellings. Forms posted to a typed address
 * are not moved (a browser would drop the body): the editors resolve the country and key its history by
 * the stored code.
 */
class CanonicalCountryAddresses implements HandlerInterceptor {

	static final String[] PATHS = { "/countries/*", "/countries/*/**" };

	private static final String PREFIX = "/countries/";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return true;
		}
		// The code as the mapping read it (decoded: /countries/b%65 is Belgium too).
		Map<?, ?> variables = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (variables == null || !(variables.get("code") instanceof String typed) || !path.startsWith(PREFIX)) {
			return true;
		}
		String canonical = CountryCode.parse(typed).orElse(typed);
		if (canonical.equals(typed)) {
			return true;
		}
		int end = path.indexOf('/', PREFIX.length());
		String rest = end < 0 ? "" : path.substring(end);
		String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
		response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
		response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + PREFIX + canonical + rest + query);
		return false;
	}

}
