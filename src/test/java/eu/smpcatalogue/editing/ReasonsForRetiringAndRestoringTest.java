package eu.smpcatalogue.editing;

import java.util.List;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Retiring, restoring and restoring an earlier version (of a partnership or a country's answer) take the same
 * optional reason as a save: offered next to each button, kept with the revision, shown in the history and the
 * recent changes; one too long gives the form back with its message and stores nothing. The entries made here
 * are Belgian, from Cabo Verde; each test's requests are rolled back at its end.
 */
@CatalogueTest
@Transactional
class ReasonsForRetiringAndRestoringTest {

	private static final String TOO_LONG = "x".repeat(501);

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	Accounts accounts;

	@Autowired
	PartnershipEditor partnershipEditor;

	@Autowired
	CountryEditor countryEditor;

	@Autowired
	JdbcClient jdbc;

	private Requests requests;

	private Editor belgium;

	private Editor administrator;

	private String slug;

	private String name;

	@BeforeEach
	void aBelgianEntry() throws Exception {
		requests = new Requests(mvc, entityManager);
		belgium = TestEditors.contactPoint(accounts, "BE");
		administrator = TestEditors.administrator(accounts);
		PartnershipForm form = Requests.form("Reasons for retiring", "BE");
		form.setOriginCountries(List.of("CV"));
		name = form.getNameEn();
		slug = requests.create(belgium, form);
	}

	@Test
	void eachActionKeepsItsReasonAndShowsItInTheHistoryAndTheRecentChanges() throws Exception {
		Document edit = Jsoup.parse(requests.perform(get("/partnerships/" + slug + "/edit").with(user(belgium))).getContentAsString());
		Element retireForm = edit.selectFirst("form.retire");
		assertThat(retireForm.select("label[for=retire-reason]").text()).isEqualTo("Reason for this change (optional)");
		assertThat(retireForm.select("textarea#retire-reason").attr("name")).isEqualTo("reason");

		assertThat(act(belgium, "/partnerships/" + slug + "/retire", "  Ended in 2025, says the ministry.  ").getRedirectedUrl())
			.isEqualTo("/partnerships");
		// A retired entry's history is not public: its /changes row shows the reason now, its history after the restore.
		assertThat(storedReason()).isEqualTo("Ended in 2025, says the ministry.");
		Element change = requests.page("/changes").select("tbody tr").first();
		assertThat(change.text()).contains("Retired");
		assertThat(change.select("td.reason").text()).isEqualTo("Ended in 2025, says the ministry.");

		Document retired = Jsoup.parse(requests.perform(get("/admin/retired").with(user(administrator))).getContentAsString());
		Element restoreForm = retired.selectFirst("form[action=/admin/partnerships/" + slug + "/restore]");
		assertThat(restoreForm.select("label[for=reason-" + slug + "]").text()).isEqualTo("Reason for this change (optional)");
		assertThat(act(administrator, "/admin/partnerships/" + slug + "/restore", "Retired by mistake.").getRedirectedUrl())
			.isEqualTo("/partnerships/" + slug);
		assertLatest("Restored", "Retired by mistake.");
		Element retiredRow = requests.page("/partnerships/" + slug + "/history").select("tbody tr").get(1);
		assertThat(retiredRow.text()).contains("Retired");
		assertThat(retiredRow.select("td.reason").text()).isEqualTo("Ended in 2025, says the ministry.");

		long created = revision("CREATED");
		Document history = Jsoup.parse(requests.perform(get("/partnerships/" + slug + "/history").with(user(administrator)))
			.getContentAsString());
		Element revert = history.selectFirst("form[action=/admin/partnerships/" + slug + "/history/" + created + "/revert]");
		assertThat(revert.parent().select("summary").text()).isEqualTo("Restore this version");
		assertThat(revert.select("label[for=reason-" + created + "]").text()).isEqualTo("Reason for this change (optional)");
		assertThat(act(administrator, "/admin/partnerships/" + slug + "/history/" + created + "/revert", "Back to the first version.")
			.getRedirectedUrl()).isEqualTo("/partnerships/" + slug + "/history");
		assertLatest("Earlier version restored", "Back to the first version.");
	}

	@Test
	void aCountrysRevertKeepsItsReason() throws Exception {
		CountryForm form = countryEditor.formFor("BE", administrator);
		form = FormParams.with(form, "narrativeEn", "To be undone, with a reason.");
		requests.perform(FormParams.of(post("/countries/BE/edit"), form).with(user(administrator)).with(csrf()));
		long first = jdbc.sql("SELECT min(id) FROM revision WHERE entry_type = 'COUNTRY' AND entry_key = 'BE'")
			.query(Long.class).single();

		assertThat(act(administrator, "/admin/countries/be/history/" + first + "/revert", "The narrative was right.")
			.getRedirectedUrl()).isEqualTo("/countries/BE/history");
		Element newest = requests.page("/countries/BE/history").select("tbody tr").first();
		assertThat(newest.text()).contains("Earlier version restored");
		assertThat(newest.select("td.reason").text()).isEqualTo("The narrative was right.");
		Element change = requests.page("/changes").select("tbody tr").first();
		assertThat(change.text()).contains("Earlier version restored");
		assertThat(change.select("td.reason").text()).isEqualTo("The narrative was right.");
	}

	@Test
	void aReasonTooLongGivesTheFormBackAndChangesNothing() throws Exception {
		long revisions = revisions();
		long countryRevisions = jdbc.sql("SELECT count(*) FROM revision WHERE entry_type = 'COUNTRY' AND entry_key = 'BE'")
			.query(Long.class).single();
		tooLong(belgium, "/partnerships/" + slug + "/retire", "Retire " + name, "Retire");
		assertThat(jdbc.sql("SELECT retired FROM partnership WHERE slug = ?").param(slug).query(Boolean.class).single()).isFalse();

		partnershipEditor.retire(slug, belgium, null);
		revisions = revisions();
		tooLong(administrator, "/admin/partnerships/" + slug + "/restore", "Restore " + name + " to the catalogue",
				"Restore to the catalogue");
		assertThat(jdbc.sql("SELECT retired FROM partnership WHERE slug = ?").param(slug).query(Boolean.class).single()).isTrue();

		tooLong(administrator, "/admin/partnerships/" + slug + "/history/" + revision("CREATED") + "/revert",
				"Restore an earlier version of " + name, "Restore this version");
		assertThat(revisions()).isEqualTo(revisions);

		CountryForm form = countryEditor.formFor("BE", administrator);
		form = FormParams.with(form, "narrativeEn", "A revision to go back from.");
		requests.perform(FormParams.of(post("/countries/BE/edit"), form).with(user(administrator)).with(csrf()));
		countryRevisions = jdbc.sql("SELECT count(*) FROM revision WHERE entry_type = 'COUNTRY' AND entry_key = 'BE'")
			.query(Long.class).single();
		long first = jdbc.sql("SELECT min(id) FROM revision WHERE entry_type = 'COUNTRY' AND entry_key = 'BE'")
			.query(Long.class).single();
		tooLong(administrator, "/admin/countries/BE/history/" + first + "/revert", "Restore an earlier version of Belgium",
				"Restore this version");
		assertThat(jdbc.sql("SELECT count(*) FROM revision WHERE entry_type = 'COUNTRY' AND entry_key = 'BE'")
			.query(Long.class).single()).isEqualTo(countryRevisions);
	}

	private void tooLong(Editor editor, String path, String heading, String button) throws Exception {
		MockHttpServletResponse response = act(editor, path, TOO_LONG);
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo(heading);
		assertThat(page.select(".error-summary a[href=#reason]").text()).isEqualTo("Too long: at most 500 characters.");
		assertThat(page.select(".field.reason .field-error").text()).isEqualTo("Too long: at most 500 characters.");
		assertThat(page.select("textarea#reason").text()).isEqualTo(TOO_LONG);
		Element form = page.selectFirst("textarea#reason").closest("form");
		assertThat(form.attr("action")).isEqualTo(path);
		assertThat(form.select("button[type=submit]").last().text()).isEqualTo(button);
	}

	private MockHttpServletResponse act(Editor editor, String path, String reason) throws Exception {
		return requests.perform(post(path).param("reason", reason).with(user(editor)).with(csrf()));
	}

	/** The entry's newest revision, in its history and in /changes. */
	private void assertLatest(String action, String reason) throws Exception {
		Element newest = requests.page("/partnerships/" + slug + "/history").select("tbody tr").first();
		assertThat(newest.text()).contains(action);
		assertThat(newest.select("td.reason").text()).isEqualTo(reason);
		assertThat(storedReason()).isEqualTo(reason);
		Element change = requests.page("/changes").select("tbody tr").first();
		assertThat(change.text()).contains(name).contains(action);
		assertThat(change.select("td.reason").text()).isEqualTo(reason);
	}

	private String storedReason() {
		return jdbc.sql("SELECT reason FROM revision WHERE entry_type = 'PARTNERSHIP' AND entry_key = ? ORDER BY id DESC LIMIT 1")
			.param(key()).query(String.class).single();
	}

	private long revision(String action) {
		return jdbc.sql("SELECT id FROM revision WHERE entry_type = 'PARTNERSHIP' AND entry_key = ? AND action = ?")
			.params(key(), action).query(Long.class).single();
	}

	private String key() {
		return jdbc.sql("SELECT id::text FROM partnership WHERE slug = ?").param(slug).query(String.class).single();
	}

	private long revisions() {
		return jdbc.sql("SELECT count(*) FROM revision WHERE entry_type = 'PARTNERSHIP' AND entry_key = ?").param(key())
			.query(Long.class).single();
	}

}
