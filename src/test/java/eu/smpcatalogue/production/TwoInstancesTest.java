package eu.smpcatalogue.production;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the catalogue on one database, as behind a load balancer, with one person's browser
 * going to either: the session, edits and conflicts behave as in one application.
 */
class TwoInstancesTest {

	static Instance first;

	static Instance second;

	static final String SCRAPE_PASSWORD = "a scrape password of some length";

	@BeforeAll
	static void startTwoInstances() {
		first = Instance.start("--smp.metrics.username=prometheus", "--smp.metrics.password=" + SCRAPE_PASSWORD);
		second = Instance.start();
	}

	@AfterAll
	static void stopThem() {
		second.close();
		first.close();
	}

	@Test
	void signedInOnOneEditedOnTheOtherSeenOnBoth() {
		Editor editor = TestEditors.contactPoint(first.bean(Accounts.class), "LU");
		Browser browser = new Browser();
		assertThat(browser.signIn(first, editor.getUsername(), TestEditors.PASSWORD)).isTrue();
		assertThat(browser.get(second.url("/account")).body()).contains(editor.displayName());

		String slug = create(browser, first, "Two instances " + System.nanoTime());
		Map<String, List<String>> form = browser.form(second.url("/partnerships/" + slug + "/edit"),
				"/partnerships/" + slug + "/edit");
		form.put("summaryEn", List.of("Saved through the second instance."));
		HttpResponse<String> saved = browser.post(second.url("/partnerships/" + slug + "/edit"), form);
		assertThat(saved.statusCode()).isEqualTo(302);

		assertThat(browser.get(first.url("/partnerships/" + slug)).body()).contains("Saved through the second instance.");
		assertThat(browser.get(second.url("/partnerships/" + slug)).body()).contains("Saved through the second instance.");
	}

	@Test
	void twoSavesFromTheSameVersionOnTwoInstancesExactlyOneWins() {
		Editor editor = TestEditors.contactPoint(first.bean(Accounts.class), "LU");
		Browser onFirst = new Browser();
		Browser onSecond = new Browser();
		assertThat(onFirst.signIn(first, editor.getUsername(), TestEditors.PASSWORD)).isTrue();
		assertThat(onSecond.signIn(second, editor.getUsername(), TestEditors.PASSWORD)).isTrue();
		String slug = create(onFirst, first, "Conflict across instances " + System.nanoTime());
		String action = "/partnerships/" + slug + "/edit";
		Map<String, List<String>> loadedOnFirst = onFirst.form(first.url(action), action);
		Map<String, List<String>> loadedOnSecond = onSecond.form(second.url(action), action);
		assertThat(loadedOnFirst.get("version")).isEqualTo(loadedOnSecond.get("version"));
		loadedOnFirst.put("summaryEn", List.of("The first instance's summary."));
		loadedOnSecond.put("summaryEn", List.of("The second instance's summary."));

		CompletableFuture<HttpResponse<String>> saveOnFirst = onFirst.postAsync(first.url(action), loadedOnFirst);
		CompletableFuture<HttpResponse<String>> saveOnSecond = onSecond.postAsync(second.url(action), loadedOnSecond);
		List<HttpResponse<String>> answers = List.of(saveOnFirst.join(), saveOnSecond.join());

		assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 409);
		HttpResponse<String> loser = answers.stream().filter(answer -> answer.statusCode() == 409).findFirst().orElseThrow();
		assertThat(loser.body()).contains("Someone else changed this entry while you were editing it");
		String winner = answers.get(0).statusCode() == 302 ? "The first instance's summary." : "The second instance's summary.";
		assertThat(onFirst.get(second.url("/partnerships/" + slug)).body()).contains(winner);
		assertThat(onSecond.get(first.url("/partnerships/" + slug)).body()).contains(winner);
	}

	@Test
	void disablingAnAccountOnOneInstanceEndsItsSessionOnTheOther() {
		Accounts accounts = first.bean(Accounts.class);
		Editor editor = TestEditors.contactPoint(accounts, "LU");
		Browser browser = new Browser();
		assertThat(browser.signIn(second, editor.getUsername(), TestEditors.PASSWORD)).isTrue();
		assertThat(browser.get(second.url("/account")).statusCode()).isEqualTo(200);

		accounts.disable(editor.accountId());

		assertThat(browser.get(second.url("/account")).headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).contains("/login"));
	}

	@Test
	void healthForEveryoneMetricsForTheScrapeAccountAndAdministrators() {
		Browser anonymous = new Browser();
		assertThat(anonymous.get(first.url("/partnerships")).statusCode()).isEqualTo(200);
		HttpResponse<String> health = anonymous.get(first.url("/actuator/health"));
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "db");
		assertThat(anonymous.get(first.url("/actuator/health/liveness")).statusCode()).isEqualTo(200);
		assertThat(anonymous.get(first.url("/actuator/health/readiness")).statusCode()).isEqualTo(200);
		assertThat(anonymous.get(first.url("/actuator/prometheus")).statusCode()).isEqualTo(401);
		assertThat(anonymous.get(first.url("/actuator/env")).statusCode()).isEqualTo(404);
		assertThat(anonymous.get(first.url("/actuator/prometheus"), "Authorization", basic("prometheus", "wrong password"))
			.statusCode()).isEqualTo(401);

		assertThat(anonymous.get(first.url("/partnerships")).headers().firstValue("Set-Cookie")).isEmpty();
		HttpResponse<String> scrape = new Browser().get(first.url("/actuator/prometheus"), "Authorization",
				basic("prometheus", SCRAPE_PASSWORD));
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("http_server_requests_seconds_count{", "uri=\"/partnerships\"",
				"hikaricp_connections_active", "application=\"smp-catalogue\"");
		assertThat(scrape.headers().firstValue("Set-Cookie")).as("a scrape opens no session").isEmpty();

		Accounts accounts = first.bean(Accounts.class);
		Browser contactPoint = new Browser();
		assertThat(contactPoint.signIn(first, TestEditors.contactPoint(accounts, "LU").getUsername(), TestEditors.PASSWORD))
			.isTrue();
		assertThat(contactPoint.get(first.url("/actuator/prometheus")).statusCode()).isEqualTo(403);
		Browser administrator = new Browser();
		assertThat(administrator.signIn(second, TestEditors.administrator(accounts).getUsername(), TestEditors.PASSWORD))
			.isTrue();
		assertThat(administrator.get(second.url("/actuator/prometheus")).statusCode()).isEqualTo(200);
		assertThat(administrator.get(second.url("/actuator/health")).body()).contains("components", "db");
	}

	private static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** Creates a partnership of Luxembourg through the form, as the browser's editor; returns its slug. */
	private static String create(Browser browser, Instance instance, String name) {
		Map<String, List<String>> form = browser.form(instance.url("/partnerships/new"), "/partnerships/new");
		form.put("nameEn", List.of(name));
		form.put("summaryEn", List.of("The original summary."));
		form.put("reportingCountry", List.of("LU"));
		form.put("destinationCountries", List.of("LU"));
		form.put("originCountries", List.of("CV"));
		form.put("sources[0].sourceKey", List.of("emn-inform-smp-2022"));
		form.put("sources[0].locator", List.of("Section 5.3"));
		HttpResponse<String> created = browser.post(instance.url("/partnerships/new"), form);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		return location.substring(location.lastIndexOf('/') + 1);
	}

}
