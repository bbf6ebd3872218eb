package eu.smpcatalogue.caching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.OnCommittedResponseWrapper;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Conditional GET for the public pages, exports and API as anonymous readers see them. The ETag is
 * derived from the catalogue version and from everything else the response depends on (path and query,
 * the reader's language), so it is known before any page is built: a matching {@code If-None-Match} is
 * answered 304 after a single one-row read. Responses say {@code Cache-Control: public, no-cache}: any
 * cache may keep them but must ask again each time, so an edit is visible on the next request while an
 * unchanged page costs a 304 of no body.
 * <p>
 * Signed-in editors are left out (their pages carry their name and CSRF tokens, and are {@code no-store}),
 * as are requests that switch language ({@code ?lang=} sets a cookie) or that carry a flash message.
 */
@Component
class ConditionalGetFilter extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "public, no-cache";

	static final String VARY = "Cookie, Accept-Language";

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	private static final List<PathPattern> PUBLIC = parse("/", "/partnerships", "/partnerships.csv",
			"/partnerships.atom", "/partnerships/{slug}", "/partnerships/{slug}/history/**", "/countries",
			"/countries/{code}", "/countries/{code}/history/**", "/changes", "/changes.atom", "/sources",
			"/statistics", "/map", "/compare", "/compare/**", "/sitemap.xml", "/api/**");

	/** The one editing form whose address matches a public pattern. */
	private static final PathPattern NEW_PARTNERSHIP = PathPatternParser.defaultInstance.parse("/partnerships/new");

	private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

	private final CatalogueVersion version;

	private final LocaleResolver localeResolver;

	ConditionalGetFilter(CatalogueVersion version, LocaleResolver localeResolver) {
		this.version = version;
		this.localeResolver = localeResolver;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method) || request.getParameter("lang") != null) {
			return true;
		}
		PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return PUBLIC.stream().noneMatch(pattern -> pattern.matches(path))
				|| NEW_PARTNERSHIP.matches(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (signedIn() || hasFlashMessage(request)) {
			chain.doFilter(request, response);
			return;
		}
		String etag = etag(request);
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			addHeaders(response, etag);
			return;
		}
		CachingHeaders wrapped = new CachingHeaders(response, etag);
		chain.doFilter(request, wrapped);
		wrapped.onResponseCommitted();
	}

	/** Weak, because the same page is sent compressed or not. */
	private String etag(HttpServletRequest request) {
		String query = request.getQueryString();
		String varies = version.current() + "\n" + request.getRequestURI() + (query == null ? "" : "?" + query) + "\n"
				+ localeResolver.resolveLocale(request).toLanguageTag();
		return "W/\"" + DigestUtils.md5DigestAsHex(varies.getBytes(StandardCharsets.UTF_8)) + "\"";
	}

	private static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String opaque = etag.substring(2);
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.trim();
			if (tag.equals("*") || tag.equals(etag) || tag.equals(opaque)) {
				return true;
			}
		}
		return false;
	}

	private boolean signedIn() {
		return trustResolver.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
	}

	private static boolean hasFlashMessage(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(FLASH_MAPS) instanceof List<?> flashMaps && !flashMaps.isEmpty();
	}

	private static void addHeaders(HttpServletResponse response, String etag) {
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.addHeader(HttpHeaders.VARY, VARY);
	}

	private static List<PathPattern> parse(String... patterns) {
		return Arrays.stream(patterns).map(PathPatternParser.defaultInstance::parse).toList();
	}

	/** Adds the headers just before the response is committed, and only to successful answers. */
	private static final class CachingHeaders extends OnCommittedResponseWrapper {

		private final String etag;

		private boolean done;

		CachingHeaders(HttpServletResponse response, String etag) {
			super(response);
			this.etag = etag;
		}

		@Override
		protected void onResponseCommitted() {
			if (!done && !isCommitted() && getStatus() == HttpServletResponse.SC_OK) {
				addHeaders((HttpServletResponse) getResponse(), etag);
			}
			done = true;
		}

	}

}
