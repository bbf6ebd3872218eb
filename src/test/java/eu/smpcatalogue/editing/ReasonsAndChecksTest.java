package eu.smpcatalogue.editing;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import eu.smpcatalogue.editing.PartnershipForm.FigureRow;
import jakarta.persistence.EntityManager;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The reason an editor gives for a change (kept with the revision, shown in the history, the recent changes
 * and the feed), "checked, nothing to change" (a check recorded without a revision, shown on the entry's
 * page), and the warning about texts that still give a figure's old value. Each test's requests run in its
 * transaction, rolled back at the end: the entries made here are Belgian, from Cabo Verde.
 */
@CatalogueTest
@Transactional
class ReasonsAndChecksTest {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	Accounts accounts;

	@Autowired
	PartnershipEditor partnershipEditor;

	@Autowired
	JdbcClient jdbc;

	private Requests requests;

	private Editor belgium;

	private Editor germany;

	private String slug;

	@BeforeEach
	void aBelgianEntry() throws Exception {
		requests = new Requests(mvc, entityManager);
		belgium = TestEditors.contactPoint(accounts, "BE");
		germany = TestEditors.contactPoint(accounts, "DE");
		PartnershipForm form = Requests.form("Reasons test", "BE");
		form.setOriginCountries(List.of("CV"));
		form.setSummaryEn("It trained 350 nurses in 2019.");
		form.setDescriptionFr("Au total, 350 infirmières formées, sur 3500 candidates.");
		FigureRow figure = new FigureRow();
		figure.setKind("TRAINED");
		figure.setMeasure("REACHED");
		figure.setQualifier("EXACT");
		figure.setValueLow(new BigDecimal("350"));
		figure.setUnit("PEOPLE");
		figure.setLabelEn("nurses trained");
		figure.setSourceKey("emn-inform-smp-2022");
		figure.setSourceLocator("Box 9");
		form.getFigures().add(figure);
		slug = requests.create(belgium, form);
	}

	@Test
	void theReasonIsKeptWithTheRevisionAndShownInTheHistoryTheChangesAndTheFeed() throws Exception {
		PartnershipForm form = partnershipEditor.formFor(slug, belgium);
		form.setTargetGroupEn("Nurses from Cabo Verde.");
		form.setReason("  Target group from the <b>2024</b> annual report.  ");
		assertThat(save(form, belgium).getResponse().getRedirectedUrl()).isEqualTo("/partnerships/" + slug);

		String reason = "Target group from the <b>2024</b> annual report.";
		assertThat(jdbc.sql("SELECT reason FROM revision WHERE entry_key = ? AND action = 'EDITED'").param(key())
			.query(String.class).single()).isEqualTo(reason);

		Document history = requests.page("/partnerships/" + slug + "/history");
		assertThat(history.select("thead th").eachText()).contains("Reason given");
		assertThat(history.select("tbody tr").first().select("td.reason").text()).isEqualTo(reason);
		assertThat(history.select("td.reason b")).as("rendered as text, not as markup").isEmpty();
		assertThat(history.select("tbody tr").last().select("td.reason").text()).isEmpty();

		Document compare = requests.page(history.select("tbody tr").first().select("a[href*=compare]").attr("href"));
		assertThat(compare.select("p.reason").text()).isEqualTo("Reason given for the later version: " + reason);

		Document changes = requests.page("/changes");
		assertThat(changes.select("tbody tr").first().text()).contains(form.getNameEn());
		assertThat(changes.select("tbody tr").first().select("td.reason").text()).isEqualTo(reason);

		Element feed = xml(requests.perform(get("/changes.atom")).getContentAsByteArray());
		Element newest = (Element) feed.getElementsByTagNameNS(ATOM, "entry").item(0);
		assertThat(child(newest, "title")).startsWith(form.getNameEn()).endsWith("Edited");
		assertThat(child(newest, "summary")).contains(belgium.displayName() + " (BE)")
			.contains("Target group (English)")
			.endsWith("Reason: " + reason);
		Element french = xml(requests.perform(get("/changes.atom?lang=fr")).getContentAsByteArray());
		assertThat(child((Element) french.getElementsByTagNameNS(ATOM, "entry").item(0), "summary"))
			.endsWith("Motif\u00a0: " + reason);
	}

	@Test
	void anUnchangedFormRecordsNothingWithOrWithoutAReason() throws Exception {
		long revisions = revisions();
		long checks = checks();
		for (String reason : new String[] { null, "", "   ", "Just looking." }) {
			PartnershipForm form = partnershipEditor.formFor(slug, belgium);
			form.setReason(reason);
			MvcResult result = save(form, belgium);
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/partnerships/" + slug);
			assertThat(result.getFlashMap().get("message")).as(reason).isEqualTo("editing.unchanged");
			assertThat(result.getFlashMap().containsKey("staleNumbers")).isFalse();
		}
		assertThat(revisions()).isEqualTo(revisions);
		assertThat(checks()).isEqualTo(checks);
	}

	@Test
	void aReasonOverFiveHundredCharactersIsAFormError() throws Exception {
		long revisions = revisions();
		PartnershipForm form = partnershipEditor.formFor(slug, belgium);
		form.setSummaryEn("A new summary.");
		form.setReason("x".repeat(501));
		MvcResult result = save(form, belgium);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select(".field.reason .field-error").text()).isEqualTo("Too long: at most 500 characters.");
		assertThat(page.select("textarea#reason").text()).hasSize(501);
		assertThat(page.select("textarea#reason").attr("aria-describedby")).isEqualTo("reason-hint reason-error");
		assertThat(page.select("label[for=reason]").text()).isEqualTo("Reason for this change (optional)");
		assertThat(revisions()).isEqualTo(revisions);

		form.setReason("y".repeat(500));
		assertThat(save(form, belgium).getResponse().getRedirectedUrl()).isEqualTo("/partnerships/" + slug);
		assertThat(revisions()).isEqualTo(revisions + 1);
	}

	@Test
	void theBelgianContactPointChecksABelgianEntryWithoutANewRevision() throws Exception {
		Document before = Jsoup.parse(requests.perform(get("/partnerships/" + slug).with(user(belgium))).getContentAsString());
		assertThat(before.select("form.verify").attr("action")).isEqualTo("/partnerships/" + slug + "/verified");
		assertThat(before.select("form.verify button").text()).isEqualTo("Checked, nothing to change");
		assertThat(before.select("form.verify input[name=_csrf]")).hasSize(1);
		Document asGermany = Jsoup.parse(requests.perform(get("/partnerships/" + slug).with(user(germany))).getContentAsString());
		assertThat(asGermany.select("form.verify")).isEmpty();
		assertThat(requests.page("/partnerships/" + slug).select("form.verify")).isEmpty();

		long revisions = revisions();
		long checks = checks();
		long version = jdbc.sql("SELECT version FROM partnership WHERE slug = ?").param(slug).query(Long.class).single();

		MockHttpServletResponse refused = requests.perform(post("/partnerships/" + slug + "/verified").with(user(germany)).with(csrf()));
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(requests.perform(post("/partnerships/" + slug + "/verified").with(user(belgium))).getStatus())
			.as("without the CSRF token")
			.isEqualTo(403);
		assertThat(checks()).isEqualTo(checks);

		MockHttpServletResponse done = requests.perform(post("/partnerships/" + slug + "/verified").with(user(belgium)).with(csrf()));
		assertThat(done.getRedirectedUrl()).isEqualTo("/partnerships/" + slug);
		assertThat(checks()).isEqualTo(checks + 1);
		assertThat(revisions()).as("no revision").isEqualTo(revisions);
		assertThat(jdbc.sql("SELECT version FROM partnership WHERE slug = ?").param(slug).query(Long.class).single())
			.isEqualTo(version);
		assertThat(jdbc.sql("""
				SELECT account_id || ' ' || country_code || ' ' || (revision_id IS NULL) FROM verification
				WHERE entry_type = 'PARTNERSHIP' AND entry_key = ? ORDER BY id DESC LIMIT 1""").param(key())
			.query(String.class).single()).isEqualTo(belgium.accountId() + " BE true");

		Document page = requests.page("/partnerships/" + slug);
		assertThat(page.select(".verified-by").text())
			.matches("Last verified on \\d{1,2} \\p{L}+ \\d{4} by the Belgium contact point\\.");
		assertThat(Jsoup.parse(requests.perform(get("/partnerships/" + slug + "?lang=fr")).getContentAsString())
			.select(".verified-by").text()).matches("Dernière vérification le .+ par le point de contact national \\(Belgique\\)\\.");
	}

	@Test
	void aSaveWithChangesByAContactPointCountsAsACheck() throws Exception {
		long checks = checks();
		PartnershipForm form = partnershipEditor.formFor(slug, belgium);
		form.setAcronym("RT");
		save(form, belgium);
		assertThat(checks()).isEqualTo(checks + 1);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM verification v JOIN revision r ON r.id = v.revision_id
				WHERE v.entry_key = ? AND r.action = 'EDITED' AND v.verified_at = r.made_at""").param(key())
			.query(Long.class).single()).isEqualTo(1);
		assertThat(requests.page("/partnerships/" + slug).select(".verified-by").text()).endsWith("by the Belgium contact point.");
	}

	@Test
	void anAdministratorChecksAndACountryIsCheckedByItsContactPoint() throws Exception {
		Editor administrator = TestEditors.administrator(accounts);
		requests.perform(post("/partnerships/" + slug + "/verified").with(user(administrator)).with(csrf()));
		assertThat(requests.page("/partnerships/" + slug).select(".verified-by").text()).endsWith("by an administrator.");

		long revisions = revisions();
		assertThat(requests.perform(post("/countries/BE/verified").with(user(germany)).with(csrf())).getStatus()).isEqualTo(403);
		Document form = Jsoup.parse(requests.perform(get("/countries/BE/edit").with(user(belgium))).getContentAsString());
		assertThat(form.select("button[formaction=/countries/BE/verified]").text()).isEqualTo("Checked, nothing to change");
		// Enter in a field sends the form with its first submit button: that must save, not check.
		assertThat(form.select("form[action=/countries/BE/edit] button[type=submit]").first().hasAttr("formaction")).isFalse();
		assertThat(form.select("label[for=reason]").text()).isEqualTo("Reason for this change (optional)");
		MockHttpServletResponse done = requests.perform(post("/countries/BE/verified").with(user(belgium)).with(csrf()));
		assertThat(done.getRedirectedUrl()).isEqualTo("/countries/BE");
		assertThat(revisions()).isEqualTo(revisions);
		assertThat(requests.page("/countries/BE").select(".verified-by").text()).endsWith("by the Belgium contact point.");
	}

	@Test
	void theEditFormOffersTheCheckAndTheReasonAboveItsSaveButton() throws Exception {
		Document form = Jsoup.parse(requests.perform(get("/partnerships/" + slug + "/edit").with(user(belgium))).getContentAsString());
		org.jsoup.nodes.Element check = form.selectFirst("button[formaction=/partnerships/" + slug + "/verified]");
		assertThat(check).isNotNull();
		assertThat(check.closest("form").select("input[name=_csrf]")).hasSize(1);
		assertThat(check.closest("form").select("button[type=submit]").first().hasAttr("formaction")).isFalse();
		org.jsoup.nodes.Element reason = form.selectFirst("textarea#reason[name=reason]");
		assertThat(reason).isNotNull();
		assertThat(reason.parent().nextElementSibling().text()).isEqualTo("Save");
		Document blank = Jsoup.parse(requests.perform(get("/partnerships/new").with(user(belgium))).getContentAsString());
		assertThat(blank.select("textarea#reason")).hasSize(1);
		assertThat(blank.select("button[formaction]")).as("nothing to check on a new entry").isEmpty();
	}

	@Test
	void aChangedFigureWarnsOfTheTextsThatStillGiveItsOldValue() throws Exception {
		PartnershipForm form = partnershipEditor.formFor(slug, belgium);
		form.getFigures().get(0).setValueLow(new BigDecimal("420"));
		// The warning is a flash attribute: the page after the redirect, in the same session, shows it.
		MvcResult result = mvc.perform(FormParams.of(post("/partnerships/" + slug + "/edit"), form).with(user(belgium))
			.with(csrf())).andReturn();
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(result.getFlashMap().get("message")).isEqualTo("editing.saved");
		assertThat(result.getFlashMap().get("staleNumbers")).isEqualTo(List.of(
				"Summary (English) still says 350; the figure is now 420.",
				"Description (French) still says 350; the figure is now 420."));

		Document page = Jsoup.parse(requests.perform(get(result.getResponse().getRedirectedUrl()).with(user(belgium))
			.cookie(session)).getContentAsString());
		assertThat(page.select(".flash .notice[role=status]").text()).isEqualTo("Your changes have been saved.");
		assertThat(page.select(".notice.warning h2").text()).isEqualTo("A figure changed: check the texts that mention it");
		assertThat(page.select(".notice.warning li").eachText()).containsExactly(
				"Summary (English) still says 350; the figure is now 420.",
				"Description (French) still says 350; the figure is now 420.");
		assertThat(jdbc.sql("SELECT value_low FROM partnership_figure f JOIN partnership p ON p.id = f.partnership_id WHERE p.slug = ?")
			.param(slug).query(BigDecimal.class).single()).isEqualByComparingTo("420");

		// A save that changes no figure warns of nothing, whatever the texts say.
		PartnershipForm again = partnershipEditor.formFor(slug, belgium);
		again.setAcronym("RT");
		assertThat(save(again, belgium).getFlashMap().containsKey("staleNumbers")).isFalse();
	}

	private MvcResult save(PartnershipForm form, Editor editor) throws Exception {
		entityManager.flush();
		entityManager.clear();
		MvcResult result = mvc.perform(FormParams.of(post("/partnerships/" + slug + "/edit"), form).with(user(editor)).with(csrf()))
			.andReturn();
		entityManager.flush();
		entityManager.clear();
		return result;
	}

	private String key() {
		return jdbc.sql("SELECT id::text FROM partnership WHERE slug = ?").param(slug).query(String.class).single();
	}

	private long revisions() {
		return jdbc.sql("SELECT count(*) FROM revision WHERE entry_type = 'PARTNERSHIP' AND entry_key = ?").param(key())
			.query(Long.class).single();
	}

	private long checks() {
		return jdbc.sql("SELECT count(*) FROM verification").query(Long.class).single();
	}

	private static Element xml(byte[] content) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content)).getDocumentElement();
	}

	private static String child(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i).getParentNode() == parent) {
				texts.add(nodes.item(i).getTextContent());
			}
		}
		assertThat(texts).as("<" + name + ">").hasSize(1);
		return texts.get(0);
	}

}
