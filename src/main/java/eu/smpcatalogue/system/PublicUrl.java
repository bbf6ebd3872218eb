package eu.smpcatalogue.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The catalogue's address as its readers reach it ({@code smp.public-url}, such as
 * {@code https://smp.example.org}): the one source of every absolute link (sitemap, feeds, CSV, the API's
 * links, permalinks, citations, JSON-LD, language alternates). Never the request's {@code Host} or
 * {@code X-Forwarded-*} headers: answers are kept and sent to every reader (ETags, rendered pages), so
 * one request naming another host must not put that host in what others receive.
 * <p>
 * Without the setting: {@code http://localhost:{server.port}}, the local run's address; on a random port
 * ({@code server.port=0}) the port the server got.
 */
@Component
public class PublicUrl {

	private static final String PROPERTY = "smp.public-url";

	private volatile String base;

	PublicUrl(@Value("${smp.public-url:http://localhost:${server.port:8080}}") String configured) {
		this.base = validated(configured);
	}

	/** The address of the home page without its final slash ({@code https://smp.example.org}). */
	public String base() {
		return base;
	}

	/** The absolute address of a path of the catalogue: {@code of("/partnerships/palim")}. */
	public String of(String path) {
		return base + path;
	}

	/** Port 0 asks for a random port; links must name the one the server got. */
	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		URI uri = URI.create(base);
		if (uri.getPort() == 0 && event.getApplicationContext().getServerNamespace() == null) {
			base = uri.getScheme() + "://" + uri.getRawAuthority().replaceFirst(":0$", ":" + event.getWebServer().getPort())
					+ uri.getRawPath();
		}
	}

	/**
	 * An absolute http(s) address with a host and no final slash, query, fragment or user: checked once at
	 * start, so that a mistyped setting stops the catalogue rather than writing broken links.
	 */
	static String validated(String configured) {
		String url = configured == null ? "" : configured.strip();
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw invalid(url, "it is not a URL");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw invalid(url, "it must start with http:// or https://");
		}
		if (uri.getHost() == null || uri.getRawUserInfo() != null) {
			throw invalid(url, "it must name a host, and no user");
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw invalid(url, "it must have no query and no fragment");
		}
		if (url.endsWith("/")) {
			throw invalid(url, "it must not end with a slash");
		}
		return url;
	}

	private static IllegalArgumentException invalid(String url, String reason) {
		return new IllegalArgumentException(PROPERTY + " (SMP_PUBLIC_URL) is \"" + url + "\", but " + reason
				+ ": give the catalogue's address as readers reach it, such as https://smp.example.org");
	}

}
