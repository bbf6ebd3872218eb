package eu.smpcatalogue.caching;

import java.io.IOException;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Public answers as anonymous readers were sent them, by ETag. The ETag holds the catalogue version, so an
 * edit anywhere makes every stored page unreachable at once (they age out of the cache by size); a reader
 * asking again for an unchanged page gets the bytes without a query beyond the version's, a template or a
 * serializer. Only complete 200 answers that set no cookie are kept, and none larger than {@link #LARGEST};
 * bodies are bytes, so a spreadsheet is sent again exactly as it was written.
 */
@Component
class RenderedPages {

	static final int LARGEST = 1024 * 1024;

	private final Cache<String, Page> pages;

	private final boolean enabled;

	RenderedPages(@Value("${smp.cache.enabled:true}") boolean enabled,
			@Value("${smp.cache.rendered-pages-megabytes:64}") int megabytes) {
		this.enabled = enabled;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(megabytes * 1024L * 1024L)
			.<String, Page>weigher((etag, page) -> page.body().length + 256)
			.build();
	}

	Page find(String etag) {
		return enabled ? pages.getIfPresent(etag) : null;
	}

	/** Keeps what the chain answered, if it may be sent as is to any anonymous reader asking the same. */
	void keepIfReusable(String etag, HttpServletResponse response, Locale language, byte[] body) {
		if (enabled && response.getStatus() == HttpServletResponse.SC_OK && !response.containsHeader(HttpHeaders.SET_COOKIE)
				&& response.getContentType() != null && body.length <= LARGEST) {
			pages.put(etag, new Page(response.getContentType(), language,
					response.getHeader(HttpHeaders.CONTENT_DISPOSITION), body));
		}
	}

	/** What a stored answer needs besides the headers that every answer gets (security, caching). */
	record Page(String contentType, Locale language, String contentDisposition, byte[] body) {

		void writeTo(HttpServletResponse response) throws IOException {
			response.setContentType(contentType);
			if (language != null) {
				response.setLocale(language);
			}
			if (contentDisposition != null) {
				response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition);
			}
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}

	}

}
