package eu.smpcatalogue.accessibility;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.smpcatalogue.TestDatabase;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.verification.Rounds;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core, injected into Debian's headless Chromium, over every page type in English and French: no
 * violation of the WCAG 2.0/2.1 A and AA rules. Signed-in pages are checked as an administrator who
 * signs in through the real login form.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class AxeInTheBrowserTest {

	/** The public pages, one of each type (the 400 and 404 are error pages, still in the layout). */
	static final List<String> PUBLIC_PAGES = List.of("/", "/partnerships", "/partnerships?origin=MA&from=2018",
			"/partnerships?q=zzzznothing", "/partnerships?q=nurses", "/partnerships/palim", "/countries", "/countries/BE", "/sources", "/statistics",
			"/map", "/compare/elements", "/compare?slugs=palim,pem-senegal,thamm-belgium", "/changes",
			"/partnerships/palim/history", "/countries/BE/history", "/login", "/partnerships/no-such-partnership",
			"/partnerships?from=20", "/forgotten-password", "/partnerships/palim/corrections/new",
			"/countries/BE/corrections/new", "/map?view=europe&corridors=MA", "/countries/DE?sort=start", "/organisations",
			"/organisations?kind=DEVELOPMENT_AGENCY&role=IMPLEMENTER", "/organisations/enabel", "/employers",
			"/employers?need=occupation-222&country=DE", "/employers/brief?need=occupation-222&country=DE",
			"/partnerships?occupation=22");

	/** What an administrator sees; the history comparison is added once an edit has made two versions. */
	static final List<String> SIGNED_IN_PAGES = List.of("/account", "/partnerships/palim/edit", "/partnerships/new",
			"/countries/BE/edit", "/admin/accounts", "/admin/retired", "/organisations/new", "/sources/new",
			"/admin/organisations", "/admin/sources", "/admin/outbox", "/account/inbox", "/partnerships/palim/edit/countries",
			"/admin/rounds", "/account/rounds", "/partnerships/palim/edit/actors");

	static final String TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Rounds rounds;

	@Autowired
	JdbcClient jdbc;

	Chromium chromium;

	String axe;

	@BeforeAll
	void start() throws IOException {
		String path = Chromium.setting("SMP_AXE_JS", "target/axe/node_modules/axe-core/axe.min.js");
		assertThat(Path.of(path)).as("axe-core (npm install --prefix target/axe axe-core@4, or SMP_AXE_JS)").isRegularFile();
		axe = Files.readString(Path.of(path));
		chromium = new Chromium();
	}

	@AfterAll
	void stop() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void everyPageTypeInBothLanguagesHasNoWcagViolation() {
		List<String> violations = new ArrayList<>();
		int checked = 0;
		for (String language : List.of("en", "fr")) {
			for (String path : PUBLIC_PAGES) {
				violations.addAll(check(path, language));
				checked++;
			}
		}

		Editor admin = TestEditors.administrator(accounts);
		signIn(admin);
		makeASecondVersionOfPalim();
		List<String> signedIn = new ArrayList<>(SIGNED_IN_PAGES);
		signedIn.add(historyComparison());
		signedIn.add(anAccountPage());
		// A verification round's completeness (its table and chart), for Belgium and Luxembourg.
		signedIn.add("/rounds/" + rounds.open("Axe round", LocalDate.now().plusDays(30), List.of("BE", "LU"), "Axe"));
		// A reader's suggestion: its status page, declining it, and the entry's form opened to apply it.
		String status = aSuggestedCorrection();
		long correction = jdbc.sql("SELECT id FROM correction WHERE token = ?")
			.param(status.substring(status.lastIndexOf('/') + 1))
			.query(Long.class)
			.single();
		signedIn.addAll(List.of(status, "/account/inbox/" + correction + "/decline", "/partnerships/palim/edit?correction=" + correction));
		for (String language : List.of("en", "fr")) {
			for (String path : signedIn) {
				violations.addAll(check(path, language));
				checked++;
			}
			// Pages reached by sending a form: possible duplicates offered, a merge to confirm.
			violations.addAll(duplicateOffer(language));
			violations.addAll(mergeToConfirm(language));
			checked += 2;
		}

		assertThat(checked).isEqualTo(2 * (PUBLIC_PAGES.size() + SIGNED_IN_PAGES.size() + 8));
		assertThat(violations).as("axe-core violations of WCAG 2.1 A/AA").isEmpty();
	}

	/** Loads the page in the language, checks its lang attribute, runs axe and describes each violation. */
	List<String> check(String path, String language) {
		String url = url(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
		chromium.driver.get(url);
		return checkShown(path, language);
	}

	/** A correction to PALIM suggested through the form, sent after the minimum fill time: its status page's path. */
	String aSuggestedCorrection() {
		chromium.driver.get(url("/partnerships/palim/corrections/new?lang=en"));
		chromium.driver.findElement(By.id("whatIsWrong")).sendKeys("The period is wrong.");
		chromium.driver.findElement(By.id("shouldSay")).sendKeys("It ran from 2019 to 2021.");
		chromium.driver.findElement(By.id("source")).sendKeys("https://example.org/report.pdf, page 4");
		try {
			Thread.sleep(3_500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		chromium.driver.findElement(By.cssSelector("form[action='/partnerships/palim/corrections'] button[type=submit]")).click();
		shown(".correction-status");
		String current = chromium.driver.getCurrentUrl();
		return current.substring(current.indexOf("/corrections/"));
	}

	@AfterAll
	void forgetSuggestedCorrections() {
		jdbc.sql("DELETE FROM correction").update();
		jdbc.sql("DELETE FROM correction_limit").update();
		jdbc.sql("DELETE FROM verification_round").update();
	}

	/** The organisation form once it offers an existing organisation (the acronym GIZ is the seed's). */
	List<String> duplicateOffer(String language) {
		chromium.driver.get(url("/organisations/new?lang=" + language));
		chromium.driver.findElement(By.id("nameEn")).sendKeys("A German agency");
		chromium.driver.findElement(By.id("acronym")).sendKeys("GIZ");
		new Select(chromium.driver.findElement(By.id("kind"))).selectByValue("DEVELOPMENT_AGENCY");
		chromium.driver.findElement(By.cssSelector("form[action='/organisations/new'] button[type=submit]")).click();
		shown(".duplicates .duplicate");
		return checkShown("/organisations/new (possible duplicates)", language);
	}

	/** The merge of two source documents, to confirm (nothing is merged). */
	List<String> mergeToConfirm(String language) {
		chromium.driver.get(url("/admin/sources?lang=" + language));
		new Select(chromium.driver.findElement(By.id("merged"))).selectByValue("emn-website");
		new Select(chromium.driver.findElement(By.id("kept"))).selectByValue("iom-smp-infosheet");
		chromium.driver.findElement(By.cssSelector("form[action='/admin/sources/merge'] button[type=submit]")).click();
		shown(".duplicates form button");
		return checkShown("/admin/sources/merge (to confirm)", language);
	}

	/** Waits for the page a form led to (a click returns before the browser has loaded it). */
	void shown(String selector) {
		new WebDriverWait(chromium.driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(selector)));
	}

	/** Checks the page shown: its lang attribute, then axe, describing each violation. */
	@SuppressWarnings("unchecked")
	List<String> checkShown(String path, String language) {
		String url = chromium.driver.getCurrentUrl();
		assertThat(chromium.driver.findElement(By.tagName("html")).getDomAttribute("lang")).as(url).isEqualTo(language);
		chromium.driver.executeScript(axe);
		Object result = chromium.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: %s }, resultTypes: ['violations'] })
				  .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
				      nodes: v.nodes.map(n => n.target.join(' ') + ' → ' + n.failureSummary.replace(/\\s+/g, ' ')) }))))
				  .catch(e => done([{ id: 'axe-error', help: String(e), nodes: [] }]));
				""".formatted(TAGS));
		List<String> found = new ArrayList<>();
		for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
			found.add(language + " " + path + ": " + violation.get("id") + " (" + violation.get("impact") + ") "
					+ violation.get("help") + "\n    " + String.join("\n    ", (List<String>) violation.get("nodes")));
		}
		return found;
	}

	void signIn(Editor editor) {
		chromium.signIn(url(""), editor.getUsername(), TestEditors.PASSWORD);
	}

	void makeASecondVersionOfPalim() {
		chromium.driver.get(url("/partnerships/palim/edit?lang=en"));
		WebElement field = chromium.driver.findElement(By.id("targetGroupEn"));
		field.clear();
		field.sendKeys("Young graduates (checked for accessibility).");
		// The save button: not the hidden default one, nor those that add an organisation or a source.
		chromium.driver.findElement(By.xpath("//form[contains(@action, '/partnerships/palim/edit')]"
				+ "//button[@type='submit' and not(@name) and not(@aria-hidden)]")).click();
		assertThat(chromium.driver.getCurrentUrl()).endsWith("/partnerships/palim");
	}

	String historyComparison() {
		chromium.driver.get(url("/partnerships/palim/history?lang=en"));
		String href = chromium.driver.findElement(By.cssSelector("a[href*='/history/compare']")).getDomAttribute("href");
		assertThat(href).contains("from=").contains("to=");
		return href.replace("&amp;", "&");
	}

	String anAccountPage() {
		chromium.driver.get(url("/admin/accounts?lang=en"));
		return chromium.driver.findElement(By.cssSelector("main a[href^='/admin/accounts/']")).getDomAttribute("href");
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

}
