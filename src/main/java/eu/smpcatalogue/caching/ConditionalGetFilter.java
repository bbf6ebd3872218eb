package eu.smpcatalogue.caching;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
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
 * unchanged page costs a 304 of no body. A reader without the page gets the bytes sent to the last one who
 * asked for it at this version, if any ({@link RenderedPages}).
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
			"/partnerships.xlsx", "/partnerships.atom", "/partnerships/{slug}", "/partnerships/{slug}/history/**", "/countries",
			"/countries/{code}", "/countries/{code}/history/**", "/changes", "/changes.atom", "/sources",
			"/statistics", "/map", "/compare", "/compare/**", "/sitemap.xml", "/api/**");

	/** Downloads of any size: sent as they are written, kept only when small (see {@link StreamedResponse}). */
	private static final List<PathPattern> STREAMED = parse("/partnerships.csv", "/partnerships.xlsx",
			"/compare/elements.csv", "/compare/elements.xlsx");

	/** The one editing form whose address matches a public pattern. */
	private static final PathPattern NEW_PARTNERSHIP = PathPatternParser.defaultInstance.parse("/partnerships/new");

	private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

	private final CatalogueVersion version;

	private final LocaleResolver localeResolver;

	private final RenderedPages pages;

	ConditionalGetFilter(CatalogueVersion version, LocaleResolver localeResolver, RenderedPages pages) {
		this.version = version;
		this.localeResolver = localeResolver;
		this.pages = pages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method) || request.getParameter("lang") != null) {
			return true;
		}
		PathContainer path = path(request);
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
		boolean get = "GET".equals(request.getMethod());
		RenderedPages.Lookup lookup = get ? pages.lookup(etag) : new RenderedPages.Lookup(pages.find(etag), null);
		if (lookup.page() != null) {
			addHeaders(response, etag);
			lookup.page().writeTo(response);
			return;
		}
		try (RenderedPages.Build build = lookup.build()) {
			build(request, response, chain, etag, build);
		}
	}

	/** Runs the chain; {@code build}, when not null, keeps the answer if it may be sent again. */
	private void build(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String etag,
			RenderedPages.Build build) throws IOException, ServletException {
		if (STREAMED.stream().anyMatch(pattern -> pattern.matches(path(request)))) {
			StreamedResponse streamed = new StreamedResponse(response, RenderedPages.LARGEST, () -> addHeaders(response, etag));
			chain.doFilter(request, streamed);
			byte[] body = streamed.finish();
			if (body != null && build != null) {
				build.keepIfReusable(streamed, streamed.language(), body);
			}
			return;
		}
		BufferedResponse buffered = new BufferedResponse(response);
		chain.doFilter(request, buffered);
		byte[] body = buffered.body();
		if (buffered.getStatus() == HttpServletResponse.SC_OK && !response.isCommitted()) {
			addHeaders(response, etag);
			if (build != null) {
				build.keepIfReusable(buffered, buffered.language(), body);
			}
		}
		buffered.send(body);
	}

	private static PathContainer path(HttpServletRequest request) {
		return PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
	}

	/**
	 * Weak, because the same page is sent compressed or not. The day is in it for the exports' dated file
	 * names; the parameters are read as the controllers read them (not the raw query string).
	 */
	private String etag(HttpServletRequest request) {
		StringBuilder varies = new StringBuilder().append(version.current())
			.append('\n').append(LocalDate.now(ZoneOffset.UTC))
			.append('\n').append(localeResolver.resolveLocale(request).toLanguageTag())
			.append('\n').append(request.getRequestURI())
			.append('\n').append(comparisonTray(request));
		request.getParameterMap().forEach((name, values) -> {
			for (String value : values) {
				varies.append('\n').append(URLEncoder.encode(name, StandardCharsets.UTF_8))
					.append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		});
		return "W/\"" + DigestUtils.md5DigestAsHex(varies.toString().getBytes(StandardCharsets.UTF_8)) + "\"";
	}

	/** Pages show the reader's comparison tray, kept in a cookie: two trays, two versions of a page. */
	private static String comparisonTray(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return "";
		}
		for (Cookie cookie : cookies) {
			if ("smp-compare".equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return "";
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

}
