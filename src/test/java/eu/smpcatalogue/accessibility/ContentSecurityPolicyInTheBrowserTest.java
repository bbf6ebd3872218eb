package eu.smpcatalogue.accessibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.smpcatalogue.TestDatabase;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.TestEditors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type in headless Chromium under the catalogue's Content-Security-Policy: not one
 * violation, signed out and signed in, including Swagger UI, the charts and the map. A listener for
 * {@code securitypolicyviolation} is installed in each document before the page's own content runs.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class ContentSecurityPolicyInTheBrowserTest {

	static final String LISTENER = """
			window.__cspViolations = [];
			document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
			    e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' (' + (e.sourceFile || '') + ':' + e.lineNumber + ')'));
			""";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	Chromium chromium;

	@BeforeAll
	void start() {
		chromium = new Chromium();
		chromium.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LISTENER));
	}

	@AfterAll
	void stop() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void theListenerSeesAViolationWhenThereIsOne() {
		chromium.driver.get(url("/"));
		chromium.driver.executeScript("document.body.setAttribute('style', 'color: red')");
		assertThat(violations()).isNotEmpty();
	}

	@Test
	void noPageViolatesThePolicy() {
		List<String> found = new ArrayList<>();
		List<String> pages = new ArrayList<>(AxeInTheBrowserTest.PUBLIC_PAGES);
		pages.addAll(List.of("/swagger-ui.html", "/v3/api-docs", "/api/partnerships", "/css/catalogue.css", "/no/such/page",
				"/partnerships?page=-1", "/?lang=fr", "/statistics?origin=MA"));
		for (String page : pages) {
			found.addAll(visit(page));
		}
		signIn();
		for (String page : AxeInTheBrowserTest.SIGNED_IN_PAGES) {
			found.addAll(visit(page));
		}
		System.out.println("CSP in Chromium: " + (pages.size() + AxeInTheBrowserTest.SIGNED_IN_PAGES.size()) + " pages, "
				+ found.size() + " violations");
		assertThat(found).isEmpty();
	}

	@Test
	void swaggerUiStillWorks() {
		chromium.driver.get(url("/swagger-ui.html"));
		new WebDriverWait(chromium.driver, java.time.Duration.ofSeconds(30))
			.until(driver -> !driver.findElements(By.cssSelector(".opblock")).isEmpty());
		assertThat(chromium.driver.findElements(By.cssSelector(".opblock"))).hasSizeGreaterThan(3);
		assertThat(violations()).isEmpty();
	}

	private List<String> visit(String page) {
		chromium.driver.get(url(page));
		return violations().stream().map(violation -> page + ": " + violation).toList();
	}

	@SuppressWarnings("unchecked")
	private List<String> violations() {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		Object found = chromium.driver.executeScript("return window.__cspViolations || []");
		return (List<String>) found;
	}

	private void signIn() {
		chromium.signIn(url(""), TestEditors.administrator(accounts).getUsername(), TestEditors.PASSWORD);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
