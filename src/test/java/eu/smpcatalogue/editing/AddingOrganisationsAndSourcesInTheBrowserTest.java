package eu.smpcatalogue.editing;

import java.util.List;

import eu.smpcatalogue.TestDatabase;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contact point in a browser (HtmlUnit, against the running server, its session kept in the database):
 * types a new partnership, adds an organisation and a source document from within the form, comes back each
 * time to everything typed with the new one chosen, and saves; is offered an existing organisation instead
 * of a duplicate, uses it, and cancels back to the form. Each test makes entries of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class AddingOrganisationsAndSourcesInTheBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewOrganisationAndANewDocumentAreAddedWithoutLosingWhatWasTyped() throws Exception {
		Editor belgium = TestEditors.contactPoint(accounts, "BE");
		String stamp = Long.toString(System.nanoTime(), 36);
		try (WebClient browser = browser()) {
			signIn(browser, belgium);
			HtmlPage form = browser.getPage(url("/partnerships/new"));
			type(form, "nameEn", "Browser journey " + stamp);
			type(form, "nameFr", "Parcours navigateur " + stamp);
			((HtmlTextArea) form.getElementById("summaryEn")).setText("Typed before adding an organisation.");
			choose(form, "destinationCountries", "BE");
			choose(form, "originCountries", "CV");
			choose(form, "reportingCountry", "BE");
			choose(form, "kind", "PILOT_PROJECT");
			type(form, "startYear", "2025");
			type(form, "alternativeNames[0].name", "Parcours " + stamp);
			choose(form, "sources[0].sourceKey", "emn-inform-smp-2022");
			type(form, "sources[0].locator", "Section 5.3");

			HtmlPage organisationPage = button(form, "Add an organisation to the list").click();
			assertThat(organisationPage.getUrl().getPath()).isEqualTo("/organisations/new");
			assertThat(organisationPage.getUrl().getQuery()).matches("draft=[0-9a-f]{32}");
			type(organisationPage, "nameEn", "Journey Training Institute " + stamp);
			type(organisationPage, "acronym", "JTI" + stamp);
			choose(organisationPage, "kind", "TRAINING_PROVIDER");
			choose(organisationPage, "country", "BE");
			type(organisationPage, "website", "https://jti-" + stamp + ".example/");
			HtmlPage back = button(organisationPage, "Add the organisation").click();

			String organisation = "journey-training-institute-" + stamp;
			assertThat(back.getUrl().getPath()).isEqualTo("/partnerships/new");
			assertThat(back.getUrl().getQuery()).endsWith("&organisation=" + organisation);
			assertThat(back.asNormalizedText()).contains("The organisation is ticked among the implementers");
			assertThat(value(back, "nameEn")).isEqualTo("Browser journey " + stamp);
			assertThat(value(back, "nameFr")).isEqualTo("Parcours navigateur " + stamp);
			assertThat(((HtmlTextArea) back.getElementById("summaryEn")).getText()).isEqualTo("Typed before adding an organisation.");
			assertThat(selected(back, "destinationCountries")).containsExactly("BE");
			assertThat(selected(back, "originCountries")).containsExactly("CV");
			assertThat(selected(back, "kind")).containsExactly("PILOT_PROJECT");
			assertThat(value(back, "startYear")).isEqualTo("2025");
			assertThat(value(back, "alternativeNames[0].name")).isEqualTo("Parcours " + stamp);
			assertThat(selected(back, "organisations[IMPLEMENTER]")).containsExactly(organisation);

			HtmlPage sourcePage = button(back, "Add a source document to the list").click();
			assertThat(sourcePage.getUrl().getPath()).isEqualTo("/sources/new");
			type(sourcePage, "title", "Journey evaluation report " + stamp);
			type(sourcePage, "publisher", "Journey Training Institute");
			type(sourcePage, "published", "2025-11");
			type(sourcePage, "url", "https://jti-" + stamp + ".example/evaluation.pdf");
			type(sourcePage, "language", "en");
			HtmlPage again = button(sourcePage, "Add the document").click();

			String document = "journey-evaluation-report-" + stamp;
			assertThat(again.getUrl().getQuery()).endsWith("&source=" + document);
			assertThat(value(again, "nameEn")).isEqualTo("Browser journey " + stamp);
			assertThat(selected(again, "organisations[IMPLEMENTER]")).containsExactly(organisation);
			assertThat(selected(again, "sources[0].sourceKey")).containsExactly("emn-inform-smp-2022");
			assertThat(selected(again, "sources[1].sourceKey")).containsExactly(document);
			type(again, "sources[1].locator", "Table 2");

			HtmlPage detail = button(again, "Create the partnership").click();
			assertThat(detail.getUrl().getPath()).isEqualTo("/partnerships/browser-journey-" + stamp);
			assertThat(detail.asNormalizedText()).contains("The partnership has been created.", "Journey Training Institute " + stamp,
					"Journey evaluation report " + stamp, "Typed before adding an organisation.");
		}
		assertThat(jdbc.sql("""
				SELECT o.organisation_slug || ' ' || o.role FROM partnership_organisation o JOIN partnership p ON p.id = o.partnership_id
				WHERE p.slug = ?""").param("browser-journey-" + stamp).query(String.class).list())
			.containsExactly("journey-training-institute-" + stamp + " IMPLEMENTER");
		assertThat(jdbc.sql("SELECT language || ' ' || published FROM source_document WHERE key = ?")
			.param("journey-evaluation-report-" + stamp)
			.query(String.class)
			.single()).isEqualTo("en 2025-11");
	}

	@Test
	void anExistingOrganisationIsOfferedAndCancellingReturnsToTheForm() throws Exception {
		Editor belgium = TestEditors.contactPoint(accounts, "BE");
		String stamp = Long.toString(System.nanoTime(), 36);
		try (WebClient browser = browser()) {
			signIn(browser, belgium);
			HtmlPage form = browser.getPage(url("/partnerships/new"));
			type(form, "nameEn", "Duplicate journey " + stamp);
			((HtmlTextArea) form.getElementById("summaryEn")).setText("An entry that names GIZ.");
			choose(form, "destinationCountries", "BE");
			choose(form, "originCountries", "CV");
			choose(form, "reportingCountry", "BE");
			choose(form, "sources[0].sourceKey", "emn-inform-smp-2022");
			type(form, "sources[0].locator", "Section 5.3");
			String slug = "duplicate-journey-" + stamp;
			assertThat(button(form, "Create the partnership").<HtmlPage>click().getUrl().getPath()).isEqualTo("/partnerships/" + slug);

			HtmlPage edit = browser.getPage(url("/partnerships/" + slug + "/edit?lang=fr"));
			((HtmlTextArea) edit.getElementById("targetGroupEn")).setText("Typed on the edit form.");
			HtmlPage organisationPage = button(edit, "Ajouter un organisme à la liste").click();
			type(organisationPage, "nameEn", "Deutsche Gesellschaft für Internationale Zusammenarbeit");
			type(organisationPage, "acronym", "giz");
			choose(organisationPage, "kind", "DEVELOPMENT_AGENCY");
			HtmlPage offer = button(organisationPage, "Ajouter l’organisme").click();
			assertThat(offer.getUrl().getPath()).isEqualTo("/organisations/new");
			assertThat(offer.asNormalizedText()).contains("Vouliez-vous dire l’un de ceux-ci ?", "GIZ, Agence allemande de développement",
					"même sigle");
			assertThat(value(offer, "nameEn")).isEqualTo("Deutsche Gesellschaft für Internationale Zusammenarbeit");

			HtmlPage chosen = button(offer, "Utiliser celui-ci").click();
			assertThat(chosen.getUrl().getPath()).isEqualTo("/partnerships/" + slug + "/edit");
			assertThat(selected(chosen, "organisations[IMPLEMENTER]")).containsExactly("giz");
			assertThat(((HtmlTextArea) chosen.getElementById("targetGroupEn")).getText()).isEqualTo("Typed on the edit form.");

			type(chosen, "acronym", "DJ" + stamp);
			HtmlPage sourcePage = button(chosen, "Ajouter un document source à la liste").click();
			HtmlPage cancelled = ((HtmlAnchor) sourcePage.getFirstByXPath("//a[.='Annuler et revenir au formulaire du partenariat']"))
				.click();
			assertThat(cancelled.getUrl().getPath()).isEqualTo("/partnerships/" + slug + "/edit");
			assertThat(value(cancelled, "acronym")).isEqualTo("DJ" + stamp);
			assertThat(selected(cancelled, "organisations[IMPLEMENTER]")).containsExactly("giz");

			HtmlPage saved = button(cancelled, "Enregistrer").click();
			assertThat(saved.getUrl().getPath()).isEqualTo("/partnerships/" + slug);
			assertThat(saved.asNormalizedText()).contains("GIZ, Agence allemande de développement", "DJ" + stamp);
		}
		assertThat(jdbc.sql("SELECT count(*) FROM organisation WHERE acronym ILIKE 'giz'").query(Long.class).single()).isOne();
	}

	private WebClient browser() {
		WebClient browser = new WebClient();
		browser.getOptions().setJavaScriptEnabled(false);
		browser.getOptions().setThrowExceptionOnFailingStatusCode(true);
		return browser;
	}

	private void signIn(WebClient browser, Editor editor) throws Exception {
		HtmlPage login = browser.getPage(url("/login"));
		HtmlForm form = login.getFirstByXPath("//main//form");
		form.getInputByName("username").setValue(editor.getUsername());
		form.getInputByName("password").setValue(TestEditors.PASSWORD);
		HtmlPage account = ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
		assertThat(account.getUrl().getPath()).isEqualTo("/account");
	}

	/** The visible button with this text (the partnership form also has a hidden default button). */
	private static HtmlButton button(HtmlPage page, String text) {
		HtmlButton button = page.getFirstByXPath("//main//button[starts-with(normalize-space(.), '" + text + "') and not(@aria-hidden)]");
		assertThat(button).as("the button " + text).isNotNull();
		return button;
	}

	private static void type(HtmlPage page, String name, String value) {
		((HtmlInput) page.getElementByName(name)).setValue(value);
	}

	private static String value(HtmlPage page, String name) {
		return ((HtmlInput) page.getElementByName(name)).getValue();
	}

	/** Chooses a value of a list, or ticks it in a checkbox list. */
	private static void choose(HtmlPage page, String name, String value) {
		if (page.getElementByName(name) instanceof HtmlSelect select) {
			select.getOptionByValue(value).setSelected(true);
			return;
		}
		page.<HtmlCheckBoxInput>querySelector("input[type=checkbox][name='" + name + "'][value='" + value + "']").setChecked(true);
	}

	/** What is chosen in a list, or ticked in a checkbox list. */
	private static List<String> selected(HtmlPage page, String name) {
		if (page.getElementByName(name) instanceof HtmlSelect select) {
			return select.getSelectedOptions().stream().map(option -> option.getValueAttribute()).toList();
		}
		return page.<HtmlCheckBoxInput>querySelectorAll("input[type=checkbox][name='" + name + "']")
			.stream()
			.map(HtmlCheckBoxInput.class::cast)
			.filter(HtmlCheckBoxInput::isChecked)
			.map(HtmlCheckBoxInput::getValueAttribute)
			.toList();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
