package eu.smpcatalogue.account;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A form the server cannot read — larger than {@code server.tomcat.max-http-form-post-size}, or with more
 * fields than {@code server.tomcat.max-parameter-count} — is answered here, in the security filter chain
 * before the CSRF check asks for its first field: 413 (or 400) and a page in the reader's language, with
 * the security headers, saying that nothing was saved and how to get the text back. Left to itself, the
 * container fails every later read of the fields, its error page included, and answers a 500 or its own
 * bare page.
 */
class UnreadableForms extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(UnreadableForms.class);

	private final ThymeleafViewResolver views;

	private final LocaleResolver locales;

	private final MessageSource messages;

	private final DataSize maxFormSize;

	UnreadableForms(ThymeleafViewResolver views, LocaleResolver locales, MessageSource messages, DataSize maxFormSize) {
		this.views = views;
		this.locales = locales;
		this.messages = messages;
		this.maxFormSize = maxFormSize;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isForm(request)) {
			try {
				request.getParameterMap();
			}
			catch (InvalidParameterException ex) {
				HttpStatus status = ex.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value() ? HttpStatus.CONTENT_TOO_LARGE
						: HttpStatus.BAD_REQUEST;
				log.info("Unreadable form, answered {} to {} {}: {}", status.value(), request.getMethod(),
						request.getRequestURI(), ex.getMessage());
				answer(new WithoutFields(request), response, status);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isForm(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && request.getContentType() != null
				&& MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(request.getContentType()));
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
			throws ServletException, IOException {
		Locale locale = locales.resolveLocale(request);
		response.setStatus(status.value());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		// The body is not read: the connection may be closed once the page is sent.
		response.setHeader(HttpHeaders.CONNECTION, "close");
		String messageKey = status == HttpStatus.CONTENT_TOO_LARGE ? "error.formTooLarge" : "error.formUnreadable";
		Object[] arguments = { size(maxFormSize) };
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
		// Shown as to any reader: the signed-in menu's sign-out form would need the CSRF token, which this
		// request never got as far as.
		SecurityContext signedIn = SecurityContextHolder.getContext();
		SecurityContextHolder.clearContext();
		try {
			View page = views.resolveViewName(status == HttpStatus.CONTENT_TOO_LARGE ? "error/413" : "error/400", locale);
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			page.render(Map.of("messageKey", messageKey, "messageArguments", arguments), request, response);
		}
		catch (Exception renderingFailed) {
			if (!response.isCommitted()) {
				response.setContentType(MediaType.TEXT_PLAIN_VALUE);
				response.setCharacterEncoding("UTF-8");
				response.getWriter().write(messages.getMessage(messageKey, arguments, locale));
			}
		}
		finally {
			SecurityContextHolder.setContext(signedIn);
		}
	}

	/** "2 MB", "512 kB": how a person reads a size. */
	static String size(DataSize size) {
		long bytes = size.toBytes();
		return bytes % DataSize.ofMegabytes(1).toBytes() == 0 ? size.toMegabytes() + " MB"
				: bytes % DataSize.ofKilobytes(1).toBytes() == 0 ? size.toKilobytes() + " kB" : bytes + " B";
	}

	/** The request as the page sees it: its fields could not be read, so it has none. */
	private static final class WithoutFields extends HttpServletRequestWrapper {

		WithoutFields(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

	}

}
