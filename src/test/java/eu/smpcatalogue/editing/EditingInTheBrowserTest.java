package eu.smpcatalogue.editing;

import eu.smpcatalogue.TestDatabase;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contact point in a browser (HtmlUnit, against the running server): sign in, edit a partnership of
 * their country, see the change in the catalogue and in the history, sign out.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class EditingInTheBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void signInEditSeeTheChangeAndSignOut() throws Exception {
		Editor spain = TestEditors.contactPoint(accounts, "ES");
		try (WebClient browser = new WebClient()) {
			browser.getOptions().setJavaScriptEnabled(false);
			browser.getOptions().setThrowExceptionOnFailingStatusCode(false);

			HtmlPage login = browser.getPage(url("/login"));
			HtmlForm form = login.getFirstByXPath("//main//form");
			form.getInputByName("username").setValue(spain.getUsername());
			form.getInputByName("password").setValue(TestEditors.PASSWORD);
			HtmlPage account = ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
			assertThat(account.getUrl().getPath()).isEqualTo("/account");
			assertThat(account.asNormalizedText()).contains(spain.displayName()).contains("Spain");

			HtmlPage edit = browser.getPage(url("/partnerships/gecco/edit"));
			HtmlForm editForm = edit.getFirstByXPath("//form[contains(@action, '/partnerships/gecco/edit')]");
			String targetGroup = "Workers recruited in their country of origin for shortage sectors (checked in a browser).";
			((HtmlTextArea) edit.getElementById("targetGroupEn")).setText(targetGroup);
			HtmlPage detail = ((HtmlButton) editForm.getFirstByXPath(".//button[@type='submit']")).click();
			assertThat(detail.getUrl().getPath()).as(detail.asNormalizedText()).isEqualTo("/partnerships/gecco");
			assertThat(detail.asNormalizedText()).contains("Your changes have been saved.")
				.contains(targetGroup)
				.contains("by the ES national contact point");

			HtmlPage history = browser.getPage(url("/partnerships/gecco/history"));
			assertThat(history.asNormalizedText()).contains(spain.displayName()).contains("Target group (English)");

			HtmlPage signedOut = ((HtmlButton) history.getFirstByXPath("//form[@action='/logout']//button")).click();
			assertThat(signedOut.asNormalizedText()).contains("Sign in");
			HtmlPage afterwards = browser.getPage(url("/partnerships/gecco/edit"));
			assertThat(afterwards.getUrl().getPath()).isEqualTo("/login");
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
