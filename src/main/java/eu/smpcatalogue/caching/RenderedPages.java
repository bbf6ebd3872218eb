package eu.smpcatalogue.caching;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.github.benmanes.caffeine.cache.AsyncCache;
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
 * <p>
 * Readers who ask at once for a page that nobody has yet asked for at this version wait for the first one
 * to build it (request coalescing), then get its bytes: after an edit, sixteen readers of the catalogue
 * cost one build, not sixteen builds racing for the database's connections.
 */
@Component
class RenderedPages {

	static final int LARGEST = 1024 * 1024;

	/** How long a reader waits for another's build before building the page itself. */
	private static final long PATIENCE_SECONDS = 30;

	private final AsyncCache<String, Page> pages;

	private final boolean enabled;

	RenderedPages(@Value("${smp.cache.enabled:true}") boolean enabled,
			@Value("${smp.cache.rendered-pages-megabytes:64}") int megabytes) {
		this.enabled = enabled;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(megabytes * 1024L * 1024L)
			.<String, Page>weigher((etag, page) -> page.body().length + 256)
			.buildAsync();
	}

	/** The page kept under {@code etag}, if any, without waiting for one being built. */
	Page find(String etag) {
		return enabled ? pages.synchronous().getIfPresent(etag) : null;
	}

	/**
	 * The page kept under {@code etag}, waiting for it if another request is building it now; or, when
	 * there is none, the right to build it, which the caller must close (keeping the page or not).
	 */
	Lookup lookup(String etag) {
		if (!enabled) {
			return new Lookup(null, new Build(null, null));
		}
		// Twice at most: if their answer could not be kept (an error, a cookie, too large), this request
		// may build the next one; if that is taken too, it builds its own without keeping it.
		for (int attempt = 0; attempt < 2; attempt++) {
			CompletableFuture<Page> mine = new CompletableFuture<>();
			CompletableFuture<Page> theirs = pages.asMap().putIfAbsent(etag, mine);
			if (theirs == null) {
				return new Lookup(null, new Build(etag, mine));
			}
			Page page = await(theirs);
			if (page != null) {
				return new Lookup(page, null);
			}
		}
		return new Lookup(null, new Build(null, null));
	}

	private static Page await(CompletableFuture<Page> building) {
		try {
			return building.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	/** Either a kept page, or a build for the caller to do. */
	record Lookup(Page page, Build build) {
	}

	/** The right to build one page: others asking for it wait until it is closed. */
	final class Build implements AutoCloseable {

		private final String etag;

		private final CompletableFuture<Page> future;

		private Build(String etag, CompletableFuture<Page> future) {
			this.etag = etag;
			this.future = future;
		}

		/** Keeps what the chain answered, if it may be sent as is to any anonymous reader asking the same. */
		void keepIfReusable(HttpServletResponse response, Locale language, byte[] body) {
			if (future != null && response.getStatus() == HttpServletResponse.SC_OK
					&& !response.containsHeader(HttpHeaders.SET_COOKIE) && response.getContentType() != null
					&& body.length <= LARGEST) {
				future.complete(new Page(response.getContentType(), language,
						response.getHeader(HttpHeaders.CONTENT_DISPOSITION), body));
			}
		}

		/** Lets those waiting go: with the page if it was kept, without (and forgotten) if not. */
		@Override
		public void close() {
			if (future != null && future.complete(null)) {
				pages.asMap().remove(etag, future);
			}
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
