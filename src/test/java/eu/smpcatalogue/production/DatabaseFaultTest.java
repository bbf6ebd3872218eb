package eu.smpcatalogue.production;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

import eu.smpcatalogue.TestDatabase;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away (a TCP proxy in front of it is cut) and comes back, under a running instance:
 * clear 503 answers at once while it is away, readiness down, and pages again within 10 s of its
 * return, without restarting anything. docs/reliability.md has the same faults with a real PostgreSQL
 * restarted and killed under load (src/scripts/database-faults.sh).
 */
class DatabaseFaultTest {

	static final Duration RECOVERY_LIMIT = Duration.ofSeconds(10);

	@Test
	void whileTheDatabaseIsAwayEveryAnswerIsAQuick503AndPagesReturnWithinTenSeconds() throws Exception {
		URI database = URI.create(TestDatabase.get().url().substring("jdbc:".length()));
		try (TcpProxy proxy = TcpProxy.to(database.getHost(), database.getPort() < 0 ? 5432 : database.getPort());
				Instance instance = Instance.startOn("jdbc:postgresql://127.0.0.1:" + proxy.port() + database.getPath()
						+ (database.getRawQuery() == null ? "" : "?" + database.getRawQuery()))) {
			Editor editor = TestEditors.contactPoint(instance.bean(Accounts.class), "LU");
			Browser signedIn = new Browser();
			assertThat(signedIn.signIn(instance, editor.getUsername(), TestEditors.PASSWORD)).isTrue();
			Browser reader = new Browser();
			Supplier<HttpResponse<String>> search = () -> reader.get(instance.url("/partnerships?q=outage" + System.nanoTime()));
			assertThat(search.get().statusCode()).isEqualTo(200);
			assertThat(reader.get(instance.url("/actuator/health/readiness")).statusCode()).isEqualTo(200);

			proxy.cut();

			long asked = System.nanoTime();
			HttpResponse<String> page = search.get();
			assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(5));
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).isPresent();
			assertThat(page.body()).contains("The catalogue is unavailable for a moment")
				.doesNotContain("Exception", "at org.", "SQL", "Hikari");
			assertSecurityHeaders(page);
			assertThat(reader.get(instance.url("/partnerships?lang=fr&q=panne")).body())
				.contains("Le catalogue est momentanément indisponible");
			HttpResponse<String> api = reader.get(instance.url("/api/partnerships?q=outage"));
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
			assertThat(api.body()).contains("\"status\":503").doesNotContain("Exception");
			assertSecurityHeaders(api);
			HttpResponse<String> account = signedIn.get(instance.url("/account"));
			assertThat(account.statusCode()).as("the session store is in the database too").isEqualTo(503);
			assertThat(account.body()).contains("The catalogue is unavailable for a moment");
			assertSecurityHeaders(account);
			HttpResponse<String> readiness = reader.get(instance.url("/actuator/health/readiness"));
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).contains("DOWN");
			assertThat(reader.get(instance.url("/actuator/health/liveness")).statusCode()).isEqualTo(200);

			proxy.restore();

			long back = System.nanoTime();
			while (search.get().statusCode() != 200) {
				assertThat(Duration.ofNanos(System.nanoTime() - back)).isLessThan(RECOVERY_LIMIT);
				Thread.sleep(100);
			}
			assertThat(Duration.ofNanos(System.nanoTime() - back)).isLessThan(RECOVERY_LIMIT);
			assertThat(reader.get(instance.url("/actuator/health/readiness")).statusCode()).isEqualTo(200);
			assertThat(signedIn.get(instance.url("/account")).body()).as("still signed in: the session outlived the outage")
				.contains(editor.displayName());
		}
	}

	/** The 503 answer is written after a reset of the response: the headers every answer carries are back. */
	private static void assertSecurityHeaders(HttpResponse<String> answer) {
		assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
		assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
	}

}
