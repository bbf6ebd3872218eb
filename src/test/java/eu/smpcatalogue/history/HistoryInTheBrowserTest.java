package eu.smpcatalogue.history;

import java.util.List;

import eu.smpcatalogue.TestDatabase;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contact point in a browser (HtmlUnit, against the running server) edits a partnership of their
 * country, then reads the comparison of the two versions as any reader does, in English and in French:
 * field labels, names and terms rather than codes, rows added and removed marked in text as well as
 * visually, the changed words of a changed row marked. Saving a form unchanged records nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class HistoryInTheBrowserTest {

	static final String COUNTRY = "PT";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	private WebClient browser;

	private String slug;

	@BeforeEach
	void aContactPointWithAPartnershipOfTheirOwn() throws Exception {
		browser = new WebClient();
		browser.getOptions().setJavaScriptEnabled(false);
		browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
		signIn(TestEditors.contactPoint(accounts, COUNTRY));

		HtmlPage blank = browser.getPage(url("/partnerships/new?lang=en"));
		HtmlForm form = blank.getFirstByXPath("//form[@action='/partnerships/new']");
		form.getInputByName("nameEn").setValue("History test " + System.nanoTime());
		form.getTextAreaByName("summaryEn").setText("A partnership whose history the tests read.");
		choose(form, "reportingCountry", COUNTRY);
		choose(form, "destinationCountries", COUNTRY);
		choose(form, "originCountries", "CV");
		form.getSelectByName("sources[0].sourceKey").getOptionByValue("emn-inform-smp-2022").setSelected(true);
		form.getInputByName("sources[0].locator").setValue("Section 5.3");
		choose(form, "figures[0].kind", "TRAINED");
		choose(form, "figures[0].measure", "PLANNED");
		choose(form, "figures[0].qualifier", "EXACT");
		form.getInputByName("figures[0].valueLow").setValue("120");
		choose(form, "figures[0].unit", "PEOPLE");
		form.getInputByName("figures[0].labelEn").setValue("young people to be trained in Cape Verde");
		form.getInputByName("figures[0].labelFr").setValue("jeunes à former au Cap-Vert");
		choose(form, "figures[0].sourceKey", "emn-inform-smp-2022");
		form.getInputByName("figures[0].sourceLocator").setValue("Box 4");
		HtmlPage created = submit(form);
		assertThat(created.getUrl().getPath()).startsWith("/partnerships/");
		slug = created.getUrl().getPath().substring("/partnerships/".length());
	}

	@AfterEach
	void closeTheBrowser() {
		browser.close();
	}

	@Test
	void theComparisonShowsLabelsNamesAndTermsWithTheChangedWordsMarkedInEnglishAndFrench() throws Exception {
		HtmlPage edit = browser.getPage(url("/partnerships/" + slug + "/edit"));
		HtmlForm form = edit.getFirstByXPath("//form[contains(@action, '/edit')]");
		form.getInputByName("figures[0].valueLow").setValue("150");
		// Markup typed into a field is text: it must reach the reader escaped, never as markup.
		form.getInputByName("figures[0].labelEn").setValue("young nurses to be trained in Cape Verde <b>(2024)</b>");
		((HtmlCheckBoxInput) form.getFirstByXPath(".//input[@name='originCountries'][@value='CV']")).setChecked(false);
		choose(form, "originCountries", "EC");
		choose(form, "organisations[IMPLEMENTER]", "enabel");
		assertThat(submit(form).asNormalizedText()).contains("Your changes have been saved.");

		String compare = compareWithThePrevious();
		Document english = page(compare + "&lang=en");
		assertThat(labels(english)).containsExactly("Origin countries", "Organisations", "Figures");

		Element figure = row(english, "Figures");
		assertThat(figure.select("del").eachText()).containsExactly("120", "people");
		assertThat(figure.select("ins").eachText()).containsExactly("150", "nurses", "<b>(2024)</b>");
		assertThat(figure.select("b")).isEmpty();
		assertThat(figure.select(".diff-before").text()).isEqualTo("People trained · Planned · 120 people · "
				+ "young people to be trained in Cape Verde · jeunes à former au Cap-Vert · "
				+ "Partenariats pour la mobilité des compétences (Skills Mobility Partnerships) – Note de synthèse (Inform) "
				+ "du REM, édition française · Box 4");
		assertThat(english.select(".diff").text()).doesNotContain("TRAINED", "PLANNED", "PEOPLE", "emn-inform-smp-2022",
				"enabel");

		assertThat(row(english, "Origin countries").select("tr.diff-removed .diff-before").text()).isEqualTo("Removed: Cape Verde");
		assertThat(row(english, "Origin countries").select("tr.diff-removed del").text()).isEqualTo("Cape Verde");
		assertThat(row(english, "Origin countries").select("tr.diff-added .diff-after").text()).isEqualTo("Added: Ecuador");
		assertThat(row(english, "Origin countries").select("tr.diff-added ins").text()).isEqualTo("Ecuador");
		assertThat(row(english, "Organisations").select("tr.diff-added .visually-hidden").text()).isEqualTo("Added:");
		assertThat(row(english, "Organisations").select("tr.diff-added ins").text())
			.isEqualTo("Enabel, Belgian development agency · Implementer");

		Document french = page(compare + "&lang=fr");
		assertThat(labels(french)).containsExactly("Pays d’origine", "Organismes", "Chiffres");
		assertThat(row(french, "Chiffres").select("del").eachText()).containsExactly("120", "people");
		assertThat(row(french, "Chiffres").select("ins").eachText()).containsExactly("150", "nurses", "<b>(2024)</b>");
		assertThat(row(french, "Chiffres").select(".diff-after").text()).startsWith("Personnes formées · Prévu · 150 personnes · ");
		// French puts a (no-break) space before the colon.
		assertThat(row(french, "Pays d’origine").select("tr.diff-removed .diff-before").text()).matches("Suppression[\\s\\u00a0]: Cap-Vert");
		assertThat(row(french, "Pays d’origine").select("tr.diff-added .diff-after").text()).matches("Ajout[\\s\\u00a0]: Équateur");
		assertThat(row(french, "Organismes").select("tr.diff-added ins").text())
			.isEqualTo("Enabel, Agence belge de développement · Organisme de mise en œuvre");
	}

	@Test
	void aCountrysComparisonReadsYesNoAndTheChangedWords() throws Exception {
		signIn(TestEditors.contactPoint(accounts, "FI"));
		HtmlPage edit = browser.getPage(url("/countries/FI/edit?lang=en"));
		HtmlForm form = edit.getFirstByXPath("//form[contains(@action, '/edit')]");
		boolean debate = form.getInputByName("publicDebate").isChecked();
		form.getInputByName("publicDebate").setChecked(!debate);
		String narrative = form.getTextAreaByName("narrativeEn").getText();
		form.getTextAreaByName("narrativeEn").setText(narrative + " Checked " + System.nanoTime() + ".");
		assertThat(submit(form).asNormalizedText()).contains("Your changes have been saved.");
		try {
			readTheComparison(debate);
		}
		finally {
			// Finland's answer back as the seed has it: other tests count the countries with a public debate.
			HtmlForm back = ((HtmlPage) browser.getPage(url("/countries/FI/edit?lang=en")))
				.getFirstByXPath("//form[contains(@action, '/edit')]");
			back.getInputByName("publicDebate").setChecked(debate);
			back.getTextAreaByName("narrativeEn").setText(narrative);
			submit(back);
		}
	}

	private void readTheComparison(boolean debate) throws Exception {
		Document history = page("/countries/FI/history?lang=en");
		String compare = history.select("a[href*='/history/compare']").first().attr("href");
		Document english = page(compare + "&lang=en");
		assertThat(labels(english)).containsExactly("Public debate", "Narrative (English)");
		assertThat(row(english, "Public debate").select("del").text()).isEqualTo(debate ? "Yes" : "No");
		assertThat(row(english, "Public debate").select("ins").text()).isEqualTo(debate ? "No" : "Yes");
		assertThat(row(english, "Narrative (English)").select("ins").text()).startsWith("Checked");
		assertThat(row(english, "Narrative (English)").select("del")).isEmpty();
		Document french = page(compare + "&lang=fr");
		assertThat(labels(french)).containsExactly("Débat public", "Présentation (anglais)");
		assertThat(row(french, "Débat public").select("ins").text()).isEqualTo(debate ? "Non" : "Oui");
	}

	@Test
	void savingAPartnershipUnchangedRecordsNothingAndSaysSoInEitherLanguage() throws Exception {
		long revisions = revisions("PARTNERSHIP", id());
		long version = version();
		for (String language : List.of("en", "fr")) {
			HtmlPage edit = browser.getPage(url("/partnerships/" + slug + "/edit?lang=" + language));
			HtmlPage saved = submit(edit.getFirstByXPath("//form[contains(@action, '/edit')]"));
			assertThat(saved.getUrl().getPath()).isEqualTo("/partnerships/" + slug);
			assertThat(saved.asNormalizedText()).contains(language.equals("en")
					? "Nothing changed: the entry is as it was, so no new version was recorded."
					: "Rien n’a changé : la fiche est restée telle quelle, aucune nouvelle version n’a donc été enregistrée.");
		}
		assertThat(revisions("PARTNERSHIP", id())).isEqualTo(revisions);
		assertThat(version()).isEqualTo(version);
	}

	@Test
	void savingACountryUnchangedRecordsNothing() throws Exception {
		signIn(TestEditors.contactPoint(accounts, "FI"));
		long revisions = revisions("COUNTRY", "FI");
		long version = jdbc.sql("SELECT version FROM country WHERE code = 'FI'").query(Long.class).single();
		HtmlPage edit = browser.getPage(url("/countries/FI/edit?lang=en"));
		HtmlPage saved = submit(edit.getFirstByXPath("//form[contains(@action, '/edit')]"));
		assertThat(saved.getUrl().getPath()).isEqualTo("/countries/FI");
		assertThat(saved.asNormalizedText()).contains("Nothing changed");
		assertThat(revisions("COUNTRY", "FI")).isEqualTo(revisions);
		assertThat(jdbc.sql("SELECT version FROM country WHERE code = 'FI'").query(Long.class).single()).isEqualTo(version);
	}

	private String compareWithThePrevious() throws Exception {
		Document history = page("/partnerships/" + slug + "/history?lang=en");
		assertThat(history.select("tbody tr")).hasSize(2);
		return history.select("a[href*='/history/compare']").first().attr("href");
	}

	private static List<String> labels(Document page) {
		return page.select(".diff th[scope=rowgroup]").eachText();
	}

	/** The rows of the field with this label. */
	private static Element row(Document page, String label) {
		Elements headers = page.select(".diff th[scope=rowgroup]");
		return headers.stream()
			.filter(header -> header.text().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No field " + label + " in " + headers.eachText()))
			.closest("tbody");
	}

	private void signIn(Editor editor) throws Exception {
		HtmlPage login = browser.getPage(url("/login"));
		HtmlForm form = login.getFirstByXPath("//main//form");
		form.getInputByName("username").setValue(editor.getUsername());
		form.getInputByName("password").setValue(TestEditors.PASSWORD);
		assertThat(submit(form).getUrl().getPath()).isEqualTo("/account");
	}

	/** Chooses a value of a list, or ticks it in a checkbox list. */
	private static void choose(HtmlForm form, String field, String value) {
		HtmlCheckBoxInput box = form.getFirstByXPath(".//input[@type='checkbox'][@name='" + field + "'][@value='" + value + "']");
		if (box != null) {
			box.setChecked(true);
			return;
		}
		form.getSelectByName(field).getOptionByValue(value).setSelected(true);
	}

	private static HtmlPage submit(HtmlForm form) throws Exception {
		return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
	}

	private Document page(String path) throws Exception {
		HtmlPage page = browser.getPage(url(path));
		assertThat(page.getWebResponse().getStatusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(page.getWebResponse().getContentAsString());
	}

	private String id() {
		return jdbc.sql("SELECT id::text FROM partnership WHERE slug = ?").param(slug).query(String.class).single();
	}

	private long version() {
		return jdbc.sql("SELECT version FROM partnership WHERE slug = ?").param(slug).query(Long.class).single();
	}

	private long revisions(String type, String key) {
		return jdbc.sql("SELECT count(*) FROM revision WHERE entry_type = ? AND entry_key = ?")
			.params(type, key)
			.query(Long.class)
			.single();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
