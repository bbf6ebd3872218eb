package eu.smpcatalogue.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import eu.smpcatalogue.account.SecurityHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * While the database is away, every request that needs it is answered at once with 503 and a
 * {@code Retry-After}: pages get the catalogue's "unavailable for a moment" page in the reader's
 * language, the JSON API a JSON error; never a stack trace, never a thread left waiting. It wraps
 * everything that reads the database, the session store included, and renders the page itself rather
 * than through the container's error dispatch, which would read the session store again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	static final String RETRY_AFTER_SECONDS = "5";

	private final ThymeleafViewResolver views;

	private final LocaleResolver locales;

	private final MessageSource messages;

	private final JsonMapper json;

	DatabaseUnavailableFilter(ThymeleafViewResolver views, LocaleResolver locales, MessageSource messages,
			JsonMapper json) {
		this.views = views;
		this.locales = locales;
		this.messages = messages;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseUnavailable.causedBy(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable, answered 503 to {} {}: {}", request.getMethod(), request.getRequestURI(),
					rootMessage(ex));
			answerUnavailable(request, response);
		}
	}

	private void answerUnavailable(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		Locale locale = locales.resolveLocale(request);
		response.reset();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		// The reset took the security headers with it.
		SecurityHeaders.writeTo(request, response);
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			String message = messages.getMessage("api.error.unavailable", null, locale);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
			body.put("error", HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
			body.put("message", message);
			json.writeValue(response.getWriter(), body);
			return;
		}
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
		try {
			View page = views.resolveViewName("error/503", locale);
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			page.render(Map.of(), request, response);
		}
		catch (Exception renderingFailed) {
			if (!response.isCommitted()) {
				response.setContentType(MediaType.TEXT_PLAIN_VALUE);
				response.setCharacterEncoding("UTF-8");
				response.getWriter().write(messages.getMessage("error.503.explanation", null, locale));
			}
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
