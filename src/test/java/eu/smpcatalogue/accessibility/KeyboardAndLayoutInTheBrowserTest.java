package eu.smpcatalogue.accessibility;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import eu.smpcatalogue.TestDatabase;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue with the keyboard alone (Tab, Space, Enter), the skip link, a visible focus on every
 * interactive element, and no horizontal scrolling at 320 px and at 640 px (200 % zoom of 1280 px).
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class KeyboardAndLayoutInTheBrowserTest {

	/** Public pages of every type, for the layout and focus checks. */
	static final List<String> PAGES = List.of("/", "/partnerships", "/partnerships?origin=MA&from=2018", "/partnerships/palim",
			"/countries", "/countries/BE", "/sources", "/statistics", "/map", "/compare/elements",
			"/compare?slugs=palim,pem-senegal,thamm-belgium", "/changes", "/partnerships/palim/history", "/login",
			"/partnerships/no-such-partnership");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	Chromium chromium;

	@BeforeAll
	void start() {
		chromium = new Chromium();
	}

	@AfterAll
	void stop() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void filterOpenAResultAndSwitchLanguageWithTheKeyboardAlone() {
		chromium.size(1280, 1000);
		chromium.driver.get(url("/partnerships?lang=en"));
		int total = resultCount();

		WebElement checkbox = tabUntil(e -> "input".equals(e.getTagName()) && "checkbox".equals(e.getDomAttribute("type")));
		String parameter = checkbox.getDomAttribute("name");
		String value = checkbox.getDomAttribute("value");
		assertThat(checkbox.isSelected()).isFalse();
		// Space ticks the box, which applies at once (our script); the box has the focus again on the new page.
		checkbox.sendKeys(Keys.SPACE);
		waitFor(() -> chromium.driver.getCurrentUrl().contains(parameter + "=" + value));
		WebElement ticked = chromium.driver.switchTo().activeElement();
		assertThat(ticked.getDomAttribute("name")).isEqualTo(parameter);
		assertThat(ticked.getDomAttribute("value")).isEqualTo(value);
		assertThat(ticked.isSelected()).as("Space ticked the checkbox").isTrue();
		assertThat(chromium.driver.findElement(By.cssSelector(".active-filters")).getText()).contains("Clear all");
		int filtered = resultCount();
		assertThat(filtered).isPositive().isLessThan(total);

		WebElement result = tabUntil(e -> "a".equals(e.getTagName()) && !e.findElements(By.xpath("ancestor::ol[contains(@class, 'result-list')]")).isEmpty());
		String href = result.getDomAttribute("href");
		String name = result.getText();
		result.sendKeys(Keys.ENTER);
		waitFor(() -> chromium.driver.getCurrentUrl().endsWith(href));
		assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).contains(name);

		WebElement language = tabUntil(e -> "a".equals(e.getTagName()) && "fr".equals(e.getDomAttribute("hreflang")));
		language.sendKeys(Keys.ENTER);
		waitFor(() -> chromium.driver.getCurrentUrl().contains("lang=fr"));
		assertThat(chromium.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
		assertThat(chromium.driver.getCurrentUrl()).contains(href);
		assertThat(chromium.driver.findElement(By.cssSelector("a[hreflang=en]")).getText()).isEqualTo("English");
	}

	@Test
	void theSkipLinkIsFirstVisibleOnFocusAndLeadsToTheMainContent() {
		chromium.size(1280, 1000);
		for (String language : List.of("en", "fr")) {
			chromium.driver.get(url("/partnerships/palim?lang=" + language));
			WebElement skip = tab();
			assertThat(skip.getDomAttribute("class")).isEqualTo("skip-link");
			assertThat(skip.getRect().getX()).as("visible once focused").isGreaterThanOrEqualTo(0);
			skip.sendKeys(Keys.ENTER);
			WebElement next = tab();
			assertThat((Boolean) chromium.driver.executeScript("return document.getElementById('main').contains(arguments[0])", next))
				.as("after the skip link, Tab goes on inside main").isTrue();
		}
	}

	/**
	 * A country ticked in a checkbox list of the partnership form with the keyboard alone: Tab to the list's
	 * filter, type, Tab to the box, Space, Tab to the save button, Enter. Then the same to untick it, so that
	 * the seeded entry is as it was (Cabo Verde, the tests' own origin, added to Spain's GECCO and removed).
	 */
	@Test
	void tickACountryInTheFormWithTheKeyboardAloneAndSave() throws IOException {
		chromium.size(1280, 1000);
		Editor admin = TestEditors.administrator(accounts);
		chromium.signIn(url(""), admin.getUsername(), TestEditors.PASSWORD);
		// The form's top (table of contents, first section) for docs/editing.md.
		Path shots = Path.of("target", "accessibility");
		Files.createDirectories(shots);
		for (String language : List.of("en", "fr")) {
			chromium.driver.get(url("/partnerships/gecco/edit?lang=" + language));
			Files.write(shots.resolve("editing-form-" + language + ".png"), chromium.driver.getScreenshotAs(OutputType.BYTES));
		}
		for (boolean tick : List.of(true, false)) {
			chromium.driver.get(url("/partnerships/gecco/edit/countries?lang=en"));
			WebElement filter = tabUntil(e -> "originCountries-filter".equals(e.getDomAttribute("id")));
			filter.sendKeys("cape");
			WebElement box = tab();
			assertThat(box.getDomAttribute("value")).as("after filtering, Tab reaches the one match").isEqualTo("CV");
			assertThat(box.isSelected()).isEqualTo(!tick);
			box.sendKeys(Keys.SPACE);
			assertThat(box.isSelected()).as("Space ticks or unticks the box").isEqualTo(tick);
			String chosen = chromium.driver.findElement(By.cssSelector("#originCountries .chosen-list")).getText();
			if (tick) {
				assertThat(chosen).contains("Cape Verde");
			}
			else {
				assertThat(chosen).doesNotContain("Cape Verde");
			}
			WebElement save = tabUntil(e -> "button".equals(e.getTagName()) && e.getText().equals("Save this section"));
			save.sendKeys(Keys.ENTER);
			waitFor(() -> chromium.driver.getCurrentUrl().endsWith("/partnerships/gecco"));
			assertThat(chromium.driver.findElement(By.tagName("body")).getText()).contains("Your changes have been saved.");
			chromium.driver.get(url("/partnerships/gecco/edit/countries?lang=en"));
			assertThat(chromium.driver.findElement(By.cssSelector("#originCountries input[value=CV]")).isSelected())
				.as("saved").isEqualTo(tick);
		}
	}

	/**
	 * An organisation ticked in its role's list with the keyboard alone, as a country is: Tab to the funders'
	 * filter, type, Tab to the box, Space, Tab to the save button, Enter; then untick it, so that the seeded entry
	 * is as it was (Enabel added to Spain's GECCO as funder and removed).
	 */
	@Test
	void tickAnOrganisationInItsRolesListWithTheKeyboardAloneAndSave() throws IOException {
		try {
			chromium.size(1280, 1000);
			Editor admin = TestEditors.administrator(accounts);
			chromium.signIn(url(""), admin.getUsername(), TestEditors.PASSWORD);
			// The organisations' lists for docs/editing.md.
			Path shots = Path.of("target", "accessibility");
			Files.createDirectories(shots);
			for (String language : List.of("en", "fr")) {
				chromium.driver.get(url("/partnerships/gecco/edit/actors?lang=" + language));
				WebElement organisations = chromium.driver.findElement(By.cssSelector("fieldset#organisations"));
				((JavascriptExecutor) chromium.driver).executeScript("arguments[0].scrollIntoView()", organisations);
				Files.write(shots.resolve("editing-organisations-" + language + ".png"), organisations.getScreenshotAs(OutputType.BYTES));
			}
			for (boolean tick : List.of(true, false)) {
				chromium.driver.get(url("/partnerships/gecco/edit/actors?lang=en"));
				WebElement filter = tabUntil(e -> "organisationsFUNDER-filter".equals(e.getDomAttribute("id")));
				filter.sendKeys("enabel");
				WebElement box = tab();
				assertThat(box.getDomAttribute("value")).as("after filtering, Tab reaches the one match").isEqualTo("enabel");
				assertThat(box.isSelected()).isEqualTo(!tick);
				box.sendKeys(Keys.SPACE);
				assertThat(box.isSelected()).as("Space ticks or unticks the box").isEqualTo(tick);
				String chosen = chromium.driver.findElement(By.cssSelector("#organisationsFUNDER .chosen-list")).getText();
				if (tick) {
					assertThat(chosen).contains("Enabel");
				}
				else {
					assertThat(chosen).doesNotContain("Enabel");
				}
				WebElement save = tabUntil(e -> "button".equals(e.getTagName()) && e.getText().equals("Save this section"));
				save.sendKeys(Keys.ENTER);
				waitFor(() -> chromium.driver.getCurrentUrl().endsWith("/partnerships/gecco"));
				assertThat(chromium.driver.findElement(By.tagName("body")).getText()).contains("Your changes have been saved.");
				chromium.driver.get(url("/partnerships/gecco/edit/actors?lang=en"));
				assertThat(chromium.driver.findElement(By.cssSelector("#organisationsFUNDER input[value=enabel]")).isSelected())
					.as("saved").isEqualTo(tick);
				assertThat(chromium.driver.findElement(By.cssSelector("#organisationsIMPLEMENTER input[value=spain-directorate-general-migration]"))
					.isSelected()).as("the other roles' lists kept").isTrue();
			}
		}
		finally {
			// Signed out again: the tests after this one read the pages as an anonymous reader.
			chromium.driver.manage().deleteAllCookies();
		}
	}

	/** Each element that takes the focus shows an outline or a box shadow that it did not have before. */
	@Test
	void everyInteractiveElementShowsItsFocus() {
		chromium.size(1280, 1000);
		List<String> invisible = new ArrayList<>();
		for (String path : PAGES) {
			chromium.driver.get(url(path + (path.contains("?") ? "&" : "?") + "lang=fr"));
			String first = null;
			for (int i = 0; i < 400; i++) {
				WebElement focused = tab();
				String id = describe(focused);
				if ("body".equals(focused.getTagName()) || id.equals(first)) {
					break;
				}
				if (first == null) {
					first = id;
				}
				String style = (String) chromium.driver.executeScript("""
						const s = getComputedStyle(arguments[0]);
						return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? 'outline'
						  : s.boxShadow !== 'none' ? 'shadow' : '';
						""", focused);
				if (style.isEmpty() && !svgLinkWithFocusStroke(focused)) {
					invisible.add(path + " " + id);
				}
			}
		}
		assertThat(invisible).as("focused elements without a visible focus indicator").isEmpty();
	}

	/** 320 px (WCAG reflow) and 640 px (1280 px at 200 % zoom): nothing wider than the window. */
	@Test
	void noHorizontalScrollingAt320And640PixelsWide() throws IOException {
		List<String> overflowing = new ArrayList<>();
		for (int width : List.of(320, 640)) {
			chromium.size(width, 800);
			for (String language : List.of("en", "fr")) {
				for (String path : PAGES) {
					chromium.driver.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
					long scrollWidth = (Long) chromium.driver.executeScript("return document.documentElement.scrollWidth");
					long innerWidth = (Long) chromium.driver.executeScript("return window.innerWidth");
					if (scrollWidth > innerWidth) {
						overflowing.add(width + " px " + language + " " + path + ": " + scrollWidth + " > " + innerWidth + " "
								+ chromium.driver.executeScript("""
										const w = window.innerWidth; const wide = [];
										for (const e of document.querySelectorAll('body *')) {
										  const r = e.getBoundingClientRect();
										  if (r.right > w + 1 && wide.length < 3) wide.push(e.tagName + '.' + e.className);
										}
										return wide.join(', ');"""));
					}
				}
			}
		}
		chromium.size(320, 800);
		Path shots = Path.of("target", "accessibility");
		Files.createDirectories(shots);
		for (String page : List.of("partnerships", "partnerships/palim")) {
			chromium.driver.get(url("/" + page + "?lang=fr"));
			Files.write(shots.resolve(page.replace('/', '-') + "-320.png"), chromium.driver.getScreenshotAs(OutputType.BYTES));
		}
		assertThat(overflowing).as("pages wider than the window").isEmpty();
	}

	private boolean svgLinkWithFocusStroke(WebElement focused) {
		return (Boolean) chromium.driver.executeScript("""
				const e = arguments[0];
				if (!(e instanceof SVGElement)) return false;
				const shape = e.querySelector('.land, .dot, .corridor');
				return shape != null && getComputedStyle(shape).stroke !== getComputedStyle(shape).fill
				  && parseFloat(getComputedStyle(shape).strokeWidth) >= 2;
				""", focused);
	}

	private String describe(WebElement element) {
		return (String) chromium.driver.executeScript("""
				const e = arguments[0];
				return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.getAttribute('href') ? '[' + e.getAttribute('href') + ']' : '')
				  + (e.getAttribute('name') ? '[name=' + e.getAttribute('name') + ']' : '') + ' ' + (e.textContent || '').trim().slice(0, 30);
				""", element);
	}

	private WebElement tab() {
		chromium.driver.switchTo().activeElement().sendKeys(Keys.TAB);
		return chromium.driver.switchTo().activeElement();
	}

	private WebElement tabUntil(Predicate<WebElement> wanted) {
		for (int i = 0; i < 600; i++) {
			WebElement focused = tab();
			if (wanted.test(focused)) {
				return focused;
			}
		}
		throw new AssertionError("Tab never reached the element on " + chromium.driver.getCurrentUrl());
	}

	private int resultCount() {
		return chromium.driver.findElements(By.cssSelector("ol.result-list > li")).size() == 0 ? 0
				: Integer.parseInt(chromium.driver.findElement(By.cssSelector(".result-count")).getText().replaceAll("^\\D*(\\d+).*$", "$1"));
	}

	private void waitFor(java.util.function.BooleanSupplier condition) {
		long end = System.currentTimeMillis() + 10_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("Timed out on " + chromium.driver.getCurrentUrl());
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
