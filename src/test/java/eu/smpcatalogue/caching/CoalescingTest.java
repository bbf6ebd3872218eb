package eu.smpcatalogue.caching;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.performance.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Requests that ask at once for something not yet kept at the current catalogue version wait for the one
 * request building it: a value of the versioned cache, a rendered page. Sixteen at once, one build.
 */
@CatalogueTest
class CoalescingTest {

	static final int READERS = 16;

	@Autowired
	VersionedCache cache;

	@Autowired
	RenderedPages pages;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void sixteenReadersOfAMissingValueRunItsLoaderOnce() throws Exception {
		String region = "coalescing-" + UUID.randomUUID();
		AtomicInteger loads = new AtomicInteger();
		List<Object> values = atOnce(() -> cache.get(region, "key", () -> {
			loads.incrementAndGet();
			pause();
			return new Object();
		}));
		assertThat(loads).hasValue(1);
		assertThat(values).hasSize(READERS).allSatisfy(value -> assertThat(value).isSameAs(values.get(0)));
	}

	@Test
	void aFailedLoadFailsThoseWaitingAndIsNotKept() throws Exception {
		String region = "coalescing-" + UUID.randomUUID();
		AtomicInteger loads = new AtomicInteger();
		List<Object> outcomes = atOnce(() -> {
			try {
				return cache.get(region, "key", () -> {
					loads.incrementAndGet();
					pause();
					throw new IllegalStateException("the database went away");
				});
			}
			catch (IllegalStateException ex) {
				return ex.getMessage();
			}
		});
		assertThat(loads).hasValue(1);
		assertThat(outcomes).containsOnly("the database went away");
		assertThat(cache.<String>get(region, "key", () -> "read again")).isEqualTo("read again");
	}

	@Test
	void sixteenReadersOfAMissingPageBuildItOnce() throws Exception {
		String etag = "W/\"" + UUID.randomUUID() + "\"";
		AtomicInteger builds = new AtomicInteger();
		List<RenderedPages.Page> served = atOnce(() -> {
			RenderedPages.Lookup lookup = pages.lookup(etag);
			if (lookup.page() != null) {
				return lookup.page();
			}
			try (RenderedPages.Build build = lookup.build()) {
				builds.incrementAndGet();
				pause();
				MockHttpServletResponse response = new MockHttpServletResponse();
				response.setContentType("text/html;charset=UTF-8");
				build.keepIfReusable(response, null, "<p>built</p>".getBytes());
			}
			return pages.find(etag);
		});
		assertThat(builds).hasValue(1);
		assertThat(served).hasSize(READERS).allSatisfy(page -> assertThat(page.body()).asString().isEqualTo("<p>built</p>"));
	}

	@Test
	void aPageThatCannotBeKeptLetsTheOthersBuildTheirOwn() throws Exception {
		String etag = "W/\"" + UUID.randomUUID() + "\"";
		AtomicInteger builds = new AtomicInteger();
		atOnce(() -> {
			RenderedPages.Lookup lookup = pages.lookup(etag);
			try (RenderedPages.Build build = lookup.build()) {
				builds.incrementAndGet();
				pause();
				MockHttpServletResponse response = new MockHttpServletResponse();
				response.setStatus(500);
				build.keepIfReusable(response, null, "failed".getBytes());
			}
			return null;
		});
		assertThat(builds).as("nobody is left waiting for a page that will not come").hasValue(READERS);
		assertThat(pages.find(etag)).isNull();
	}

	/** Through the whole application: an entry's page, asked for by sixteen readers right after an edit. */
	@Test
	void sixteenFirstRequestsForOnePageAreAnsweredFromOneBuild() throws Exception {
		String page = "/partnerships/palim";
		newVersion();
		StatementCounter.start();
		byte[] alone = mvc.perform(get(page)).andReturn().getResponse().getContentAsByteArray();
		List<String> oneBuild = withoutVersionReads(StatementCounter.stop());
		assertThat(oneBuild).isNotEmpty();

		newVersion();
		StatementCounter.startThreads("reader-");
		List<MockHttpServletResponse> responses = atOnce(() -> mvc.perform(get(page)).andReturn().getResponse());
		List<String> statements = StatementCounter.stop();

		assertThat(responses).allSatisfy(response -> {
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentAsByteArray()).isEqualTo(alone);
		});
		assertThat(statements.size() - withoutVersionReads(statements).size()).as("one version read each").isEqualTo(READERS);
		assertThat(withoutVersionReads(statements)).as("the statements of one build").hasSameSizeAs(oneBuild);
	}

	private void newVersion() {
		jdbc.sql("UPDATE catalogue_version SET version = nextval('catalogue_version_seq')").update();
	}

	private static List<String> withoutVersionReads(List<String> statements) {
		return statements.stream().filter(sql -> !sql.equals("SELECT version FROM catalogue_version")).toList();
	}

	/** Runs {@code task} on {@link #READERS} threads released together, and gives each one's result. */
	private static <T> List<T> atOnce(Callable<T> task) throws Exception {
		AtomicInteger number = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(READERS,
				runnable -> new Thread(runnable, "reader-" + number.incrementAndGet()));
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < READERS; i++) {
				futures.add(threads.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
