package eu.smpcatalogue.account;

import java.net.InetAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import eu.smpcatalogue.TestDatabase;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guesses sent all at once, over HTTP to the running server, each from a browser of its own (its own
 * session and form token): no more passwords are checked than the throttle allows, and the right
 * password that follows is refused. Each test guesses from a loopback address of its own (127.0.0.6x),
 * so that the blocks it builds up reach no other test.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class ParallelGuessingTest {

	static final int GUESSES = 40;

	static final String CHECKED_AND_WRONG = "/login?error";

	static final String REFUSED = "/login?blocked";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void parallelGuessesForOneAccountCheckNoMorePasswordsThanTheLimit() throws Exception {
		Editor editor = TestEditors.contactPoint(accounts, "IE");
		InetAddress from = loopback(61);
		List<String> answers = inParallel(GUESSES, from, i -> new String[] { editor.getUsername(), "a wrong guess " + i });

		long checked = answers.stream().filter(CHECKED_AND_WRONG::equals).count();
		assertThat(answers).containsOnly(CHECKED_AND_WRONG, REFUSED);
		assertThat(checked).as("passwords checked out of %d parallel guesses", GUESSES)
			.isBetween(1L, (long) LoginThrottle.FAILURES_PER_ACCOUNT);
		assertThat(row("account:" + editor.getUsername())).containsEntry("failures", (int) checked).containsEntry("pending", 0);
		assertThat(row("address:" + from.getHostAddress())).containsEntry("failures", (int) checked).containsEntry("pending", 0);

		// Normally none: only when a guess found no turn to be checked in (a very slow machine).
		for (long i = checked; i < LoginThrottle.FAILURES_PER_ACCOUNT; i++) {
			assertThat(signIn(from, editor.getUsername(), "one more wrong guess " + i)).isEqualTo(CHECKED_AND_WRONG);
		}
		assertThat(signIn(from, editor.getUsername(), TestEditors.PASSWORD)).isEqualTo(REFUSED);
		assertThat(signIn(loopback(62), editor.getUsername(), TestEditors.PASSWORD)).as("the account is blocked from anywhere")
			.isEqualTo(REFUSED);
		assertThat(row("account:" + editor.getUsername())).containsEntry("failures", LoginThrottle.FAILURES_PER_ACCOUNT)
			.containsEntry("pending", 0)
			.containsEntry("blocked", true);
	}

	@Test
	void parallelGuessesFromOneAddressCheckNoMorePasswordsThanTheLimit() throws Exception {
		Editor editor = TestEditors.contactPoint(accounts, "IE");
		InetAddress from = loopback(63);
		String prefix = UUID.randomUUID().toString().substring(0, 8);
		// Two rounds: guesses still arriving while the first are checked.
		List<String> answers = inParallel(GUESSES, 2, from, i -> new String[] { "nobody-" + i + "-" + prefix, "a wrong guess" });

		long checked = answers.stream().filter(CHECKED_AND_WRONG::equals).count();
		assertThat(answers).containsOnly(CHECKED_AND_WRONG, REFUSED);
		assertThat(checked).as("passwords checked out of %d parallel guesses", 2 * GUESSES)
			.isBetween(1L, (long) LoginThrottle.FAILURES_PER_ADDRESS);
		assertThat(row("address:" + from.getHostAddress())).containsEntry("failures", (int) checked).containsEntry("pending", 0);

		for (long i = checked; i < LoginThrottle.FAILURES_PER_ADDRESS; i++) {
			assertThat(signIn(from, "nobody-more-" + i, "a wrong guess")).isEqualTo(CHECKED_AND_WRONG);
		}
		assertThat(signIn(from, editor.getUsername(), TestEditors.PASSWORD)).isEqualTo(REFUSED);
		assertThat(row("address:" + from.getHostAddress())).containsEntry("blocked", true);
		assertThat(signIn(loopback(64), editor.getUsername(), TestEditors.PASSWORD)).as("the account itself is not blocked")
			.isEqualTo("/account");
	}

	@Test
	void parallelGuessesOfTheCurrentPasswordAreThrottledLikeSignIns() throws Exception {
		Editor editor = TestEditors.contactPoint(accounts, "IE");
		InetAddress from = loopback(65);
		Cookie session;
		try (WebClient browser = browser(from)) {
			assertThat(signIn(browser, editor.getUsername(), TestEditors.PASSWORD)).isEqualTo("/account");
			session = browser.getCookieManager().getCookie("SESSION");
		}
		String before = passwordHash(editor);

		List<Answer> answers = inParallelInSession(from, session, GUESSES, i -> "a wrong current password " + i);
		long wrong = answers.stream().filter(answer -> answer.text().contains("The current password is wrong.")).count();
		long refused = answers.stream()
			.filter(answer -> answer.status() == 429 && answer.text().contains("Too many wrong passwords for this account"))
			.count();
		assertThat(wrong + refused).as("every answer says which: %s", answers.stream()
			.map(answer -> answer.status() + " " + answer.text().substring(0, Math.min(200, answer.text().length())))
			.toList()).isEqualTo(GUESSES);
		assertThat(wrong).as("current passwords checked out of %d parallel guesses", GUESSES)
			.isBetween(1L, (long) LoginThrottle.FAILURES_PER_ACCOUNT);
		assertThat(row("account:" + editor.getUsername())).containsEntry("failures", (int) wrong).containsEntry("pending", 0);
		assertThat(row("address:" + from.getHostAddress())).containsEntry("failures", (int) wrong);

		for (long i = wrong; i < LoginThrottle.FAILURES_PER_ACCOUNT; i++) {
			assertThat(changePassword(from, session, "one more wrong current password").text())
				.contains("The current password is wrong.");
		}
		Answer right = changePassword(from, session, TestEditors.PASSWORD);
		assertThat(right.status()).isEqualTo(429);
		assertThat(right.text()).contains("Too many wrong passwords for this account or from this address");
		assertThat(passwordHash(editor)).as("the password has not changed").isEqualTo(before);
		assertThat(signIn(loopback(66), editor.getUsername(), TestEditors.PASSWORD)).as("the guesses count as failed sign-ins")
			.isEqualTo(REFUSED);
		assertThat(changePassword(from, session, TestEditors.PASSWORD, "fr").text())
			.contains("Trop de mots de passe erronés pour ce compte ou depuis cette adresse");
	}

	/** HTTP Basic on the metrics endpoint hashes passwords too: the same throttle counts and stops its guesses. */
	@Test
	void guessesOfTheMetricsPasswordAreThrottledLikeSignIns() throws Exception {
		String scraper = "scraper-" + UUID.randomUUID().toString().substring(0, 8);
		InetAddress from = loopback(67);
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT + 3; i++) {
			try (WebClient browser = browser(from)) {
				WebRequest request = new WebRequest(new URL(url("/actuator/prometheus")));
				request.setAdditionalHeader("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString((scraper + ":a wrong guess " + i).getBytes(StandardCharsets.UTF_8)));
				statuses.add(browser.loadWebResponse(request).getStatusCode());
			}
		}
		assertThat(statuses).containsOnly(401);
		assertThat(row("account:" + scraper)).containsEntry("failures", LoginThrottle.FAILURES_PER_ACCOUNT)
			.containsEntry("pending", 0)
			.containsEntry("blocked", true);
		assertThat(row("address:" + from.getHostAddress())).containsEntry("failures", LoginThrottle.FAILURES_PER_ACCOUNT);
	}

	/** The address a browser signs in to, after following the redirect: the path and its query. */
	private String signIn(InetAddress from, String username, String password) throws Exception {
		try (WebClient browser = browser(from)) {
			return signIn(browser, username, password);
		}
	}

	private String signIn(WebClient browser, String username, String password) throws Exception {
		HtmlPage login = browser.getPage(url("/login"));
		HtmlForm form = login.getFirstByXPath("//main//form");
		form.getInputByName("username").setValue(username);
		form.getInputByName("password").setValue(password);
		return pathAndQuery(((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click());
	}

	/** {@code count} browsers each open the sign-in page and fill it in, then all send it at the same moment. */
	private List<String> inParallel(int count, InetAddress from, IntFunction<String[]> credentials) throws Exception {
		return inParallel(count, 1, from, credentials);
	}

	/**
	 * The same, then each browser guesses again as soon as it has its answer, {@code rounds} times in
	 * all: a stream of guesses rather than one burst. Answers in the order of the guesses' numbers.
	 */
	private List<String> inParallel(int count, int rounds, InetAddress from, IntFunction<String[]> credentials) throws Exception {
		List<List<String>> answers = together(count, (i, go) -> {
			List<String> mine = new ArrayList<>();
			for (int round = 0; round < rounds; round++) {
				try (WebClient browser = browser(from)) {
					HtmlForm form = ((HtmlPage) browser.getPage(url("/login"))).getFirstByXPath("//main//form");
					String[] guess = credentials.apply(round * count + i);
					form.getInputByName("username").setValue(guess[0]);
					form.getInputByName("password").setValue(guess[1]);
					HtmlButton submit = form.getFirstByXPath(".//button[@type='submit']");
					if (round == 0) {
						go.countDown();
						go.await(30, TimeUnit.SECONDS);
					}
					mine.add(pathAndQuery(submit.click()));
				}
			}
			return mine;
		});
		return answers.stream().flatMap(List::stream).toList();
	}

	/** {@code count} browsers sharing one signed-in session send the password form at the same moment. */
	private List<Answer> inParallelInSession(InetAddress from, Cookie session, int count, IntFunction<String> guess) throws Exception {
		return together(count, (i, go) -> {
			try (WebClient browser = browser(from)) {
				browser.getCookieManager().addCookie(session);
				HtmlPage account = browser.getPage(url("/account"));
				HtmlForm form = passwordForm(account, guess.apply(i));
				HtmlButton submit = form.getFirstByXPath(".//button[@type='submit']");
				go.countDown();
				go.await(30, TimeUnit.SECONDS);
				HtmlPage answer = submit.click();
				return new Answer(answer.getWebResponse().getStatusCode(), answer.asNormalizedText());
			}
		});
	}

	private Answer changePassword(InetAddress from, Cookie session, String currentPassword) throws Exception {
		return changePassword(from, session, currentPassword, "en");
	}

	private Answer changePassword(InetAddress from, Cookie session, String currentPassword, String language) throws Exception {
		try (WebClient browser = browser(from)) {
			browser.getCookieManager().addCookie(session);
			HtmlPage account = browser.getPage(url("/account?lang=" + language));
			HtmlPage answer = ((HtmlButton) passwordForm(account, currentPassword).getFirstByXPath(".//button[@type='submit']")).click();
			return new Answer(answer.getWebResponse().getStatusCode(), answer.asNormalizedText());
		}
	}

	private static HtmlForm passwordForm(HtmlPage account, String currentPassword) {
		HtmlForm form = account.getFirstByXPath("//form[@action='/account/password']");
		form.getInputByName("currentPassword").setValue(currentPassword);
		form.getInputByName("newPassword").setValue("a brand new passphrase");
		form.getInputByName("confirmation").setValue("a brand new passphrase");
		return form;
	}

	private static <T> List<T> together(int count, Task<T> task) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch go = new CountDownLatch(count);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int index = i;
				futures.add(threads.submit((Callable<T>) () -> task.run(index, go)));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(2, TimeUnit.MINUTES));
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private Map<String, Object> row(String subject) {
		return jdbc.sql("SELECT failures, pending, blocked_until > now() AS blocked FROM login_throttle WHERE subject = ?")
			.param(subject)
			.query()
			.singleRow();
	}

	private String passwordHash(Editor editor) {
		return jdbc.sql("SELECT password_hash FROM account WHERE id = ?").param(editor.accountId()).query(String.class).single();
	}

	private static WebClient browser(InetAddress from) {
		WebClient browser = new WebClient();
		browser.getOptions().setJavaScriptEnabled(false);
		browser.getOptions().setCssEnabled(false);
		browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
		browser.getOptions().setLocalAddress(from);
		return browser;
	}

	private static InetAddress loopback(int last) throws Exception {
		return InetAddress.getByAddress(new byte[] { 127, 0, 0, (byte) last });
	}

	private static String pathAndQuery(HtmlPage page) {
		URL url = page.getUrl();
		return url.getQuery() == null ? url.getPath() : url.getPath() + "?" + url.getQuery();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	record Answer(int status, String text) {
	}

	interface Task<T> {

		T run(int index, CountDownLatch go) throws Exception;

	}

}
