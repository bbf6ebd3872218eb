package eu.smpcatalogue.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers every answer carries (pages, errors, static files, the API and Swagger UI):
 * a Content-Security-Policy that allows no inline script anywhere, the browser features the catalogue
 * never uses switched off, HSTS for a year on HTTPS, and nothing a signed-in person saw kept in a cache.
 * Spring Security writes them on the answers that pass its filters; {@link #writeTo} writes the same ones
 * on the answers that do not (the servlet container's own errors, error pages, the 503 page).
 */
public final class SecurityHeaders implements Customizer<HeadersConfigurer<HttpSecurity>> {

	/** The catalogue's pages: their own stylesheet and scripts (/js/), server-drawn SVG, JSON-LD data. */
	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
			+ "form-action 'self'";

	/** Swagger UI sets style attributes from its script: inline styles there only, never inline scripts. */
	static final String SWAGGER_UI_POLICY = POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
			+ "microphone=(), payment=(), usb=()";

	static final long ONE_YEAR = 31_536_000;

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	SecurityHeaders() {
	}

	/**
	 * Writes the headers that do not depend on who is signed in, where the answer has none of its own yet,
	 * on any answer whoever writes it: called by the servlet container before the request goes on, and
	 * again by whatever resets an answer.
	 */
	public static void writeTo(HttpServletRequest request, HttpServletResponse response) {
		setIfAbsent(response, "Content-Security-Policy", policyFor(path(request)));
		setIfAbsent(response, "X-Content-Type-Options", "nosniff");
		setIfAbsent(response, "X-Frame-Options", "DENY");
		setIfAbsent(response, "Referrer-Policy", ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN.getPolicy());
		setIfAbsent(response, "Permissions-Policy", PERMISSIONS_POLICY);
		if (request.isSecure()) {
			setIfAbsent(response, "Strict-Transport-Security", "max-age=" + ONE_YEAR + " ; includeSubDomains");
		}
	}

	private static void setIfAbsent(HttpServletResponse response, String name, String value) {
		if (!response.containsHeader(name)) {
			response.setHeader(name, value);
		}
	}

	@Override
	public void customize(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentTypeOptions(Customizer.withDefaults())
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
			// Written on secure requests only; behind a proxy once its X-Forwarded-Proto is trusted.
			.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(ONE_YEAR).includeSubDomains(true))
			.addHeaderWriter(SecurityHeaders::contentSecurityPolicy)
			.addHeaderWriter(SecurityHeaders::noStoreWhenSignedIn);
	}

	private static void contentSecurityPolicy(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", policyFor(path(request)));
	}

	private static String policyFor(String path) {
		boolean swaggerUi = path.startsWith("/swagger-ui/") || path.equals("/swagger-ui.html");
		return swaggerUi ? SWAGGER_UI_POLICY : POLICY;
	}

	/** The path within the application; an address the container could not map has no context path. */
	private static String path(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String context = request.getContextPath();
		if (uri == null) {
			return "";
		}
		return context != null && uri.startsWith(context) ? uri.substring(context.length()) : uri;
	}

	/**
	 * A page shown to a signed-in editor may hold what only they may see: never stored, whatever caching
	 * the page would allow an anonymous reader. Static files (content-hashed, the same for everyone) keep theirs.
	 */
	private static void noStoreWhenSignedIn(HttpServletRequest request, HttpServletResponse response) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || TRUST.isAnonymous(authentication) || !authentication.isAuthenticated()
				|| isStaticFile(request)) {
			return;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader(HttpHeaders.PRAGMA, "no-cache");
		response.setHeader(HttpHeaders.EXPIRES, "0");
		response.setHeader(HttpHeaders.ETAG, null);
		response.setHeader(HttpHeaders.LAST_MODIFIED, null);
	}

	private static boolean isStaticFile(HttpServletRequest request) {
		String path = path(request);
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/images/") || path.startsWith("/webjars/") || path.startsWith("/swagger-ui/");
	}

}
