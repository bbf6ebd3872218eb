package eu.smpcatalogue.editing;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Making an entry part of a programme puts it on the programme's page: it takes the right to edit the
 * programme (or an administrator), and setting or removing the link is a revision of both entries. Each
 * test makes its own entries and is rolled back.
 */
@CatalogueTest
@Transactional
class ProgrammeLinksTest {

	@Autowired
	MockMvc mvc;

	@PersistenceContext
	EntityManager entityManager;

	@Autowired
	Accounts accounts;

	@Autowired
	PartnershipEditor partnershipEditor;

	@Autowired
	JdbcClient jdbc;

	private Requests requests;

	private Editor belgium;

	private Editor administrator;

	/** A German programme, which the Belgian contact point may not edit. */
	private String german;

	/** A Belgian entry, the Belgian contact point's own. */
	private String belgian;

	@BeforeEach
	void aGermanProgrammeAndABelgianEntry() throws Exception {
		requests = new Requests(mvc, entityManager);
		belgium = TestEditors.contactPoint(accounts, "BE");
		administrator = TestEditors.administrator(accounts);
		german = requests.create(TestEditors.contactPoint(accounts, "DE"), Requests.form("German programme", "DE"));
		belgian = requests.create(belgium, Requests.form("Belgian entry", "BE"));
	}

	@Test
	void aContactPointCannotAttachItsEntryToAnotherCountrysProgramme() throws Exception {
		PartnershipForm form = partnershipEditor.formFor(belgian, belgium);
		form.setPartOf(german);
		form.setSummaryEn("Typed before the refusal.");
		MockHttpServletResponse response = save(belgian, form, belgium);
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select(".error-summary a[href=#partOf]").text())
			.isEqualTo("You can only link this entry to a programme you may edit yourself: ask that programme's "
					+ "national contact point or an administrator to add it.");
		assertThat(page.select("#partOf-error").text()).startsWith("You can only link this entry to a programme");
		assertThat(page.select("input[name=partOf]").val()).isEqualTo(german);
		assertThat(page.select("textarea[name=summaryEn]").text()).isEqualTo("Typed before the refusal.");

		Document french = Jsoup.parse(save(belgian, form, belgium, "fr").getContentAsString());
		assertThat(french.select("#partOf-error").text())
			.isEqualTo("Vous ne pouvez rattacher cette fiche qu’à un programme que vous pouvez vous-même modifier : "
					+ "demandez au point de contact national de ce programme ou à un administrateur de l’y ajouter.");

		assertThat(partOf(belgian)).isNull();
		assertThat(requests.page("/partnerships/" + german).text()).doesNotContain("Parts of this programme")
			.doesNotContain(form.getNameEn());
		assertThat(requests.page("/partnerships/" + german + "/history").text()).contains("Revisions (1)").doesNotContain("Part added");
	}

	@Test
	void anAdministratorsLinkAndItsRemovalAreRevisionsOfTheProgrammeToo() throws Exception {
		PartnershipForm form = partnershipEditor.formFor(belgian, administrator);
		form.setPartOf(german);
		assertThat(save(belgian, form, administrator).getStatus()).isEqualTo(302);
		assertThat(partOf(belgian)).isEqualTo(german);
		assertThat(requests.page("/partnerships/" + german).select("dl.facts a[href=/partnerships/" + belgian + "]")).isNotEmpty();

		Element added = latestRevision(german);
		assertThat(added.text()).contains(administrator.displayName(), "Part added", "Parts of this programme");
		Document comparison = requests.page(added.select("a[href*=compare]").attr("href"));
		// The comparison names the part as readers know it, not by its address.
		assertThat(comparison.select("table.diff td.diff-after").text())
			.contains("Added: " + belgian.replace("belgian-entry-", "Belgian entry "));
		assertThat(latestRevision(belgian).text()).contains("Edited", "Part of the programme");

		// The entry's own contact point may take it out again: that too shows in the programme's history.
		PartnershipForm unlink = partnershipEditor.formFor(belgian, belgium);
		unlink.setPartOf("");
		assertThat(save(belgian, unlink, belgium).getStatus()).isEqualTo(302);
		assertThat(partOf(belgian)).isNull();
		assertThat(latestRevision(german).text()).contains(belgium.displayName() + " (BE)", "Part removed");
		assertThat(requests.page("/partnerships/" + german).text()).doesNotContain("Parts of this programme");
	}

	@Test
	void aContactPointMayLinkItsEntryToItsOwnCountrysProgrammeAndRetiringItShowsThere() throws Exception {
		String programme = requests.create(belgium, Requests.form("Belgian programme", "BE"));
		PartnershipForm form = partnershipEditor.formFor(belgian, belgium);
		form.setPartOf(programme);
		assertThat(save(belgian, form, belgium).getStatus()).isEqualTo(302);
		assertThat(latestRevision(programme).text()).contains(belgium.displayName() + " (BE)", "Part added");

		requests.perform(post("/partnerships/" + belgian + "/retire").with(user(belgium)).with(csrf()));
		assertThat(latestRevision(programme).text()).contains("Part removed");
		assertThat(requests.page("/partnerships/" + programme).text()).doesNotContain("Parts of this programme");
	}

	@Test
	void aNewEntryCannotBeCreatedInsideAnotherCountrysProgramme() throws Exception {
		PartnershipForm form = Requests.form("Belgian newcomer", "BE");
		form.setPartOf(german);
		MockHttpServletResponse response = requests
			.perform(FormParams.of(post("/partnerships/new"), form).with(user(belgium)).with(csrf()));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(response.getContentAsString()).select("#partOf-error").text())
			.startsWith("You can only link this entry to a programme");
		assertThat(jdbc.sql("SELECT count(*) FROM partnership WHERE name_en = ?").param(form.getNameEn()).query(Long.class).single())
			.isZero();
	}

	private MockHttpServletResponse save(String slug, PartnershipForm form, Editor editor) throws Exception {
		return save(slug, form, editor, "en");
	}

	private MockHttpServletResponse save(String slug, PartnershipForm form, Editor editor, String language)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/partnerships/" + slug + "/edit").header("Accept-Language", language);
		return requests.perform(FormParams.of(request, form).with(user(editor)).with(csrf()));
	}

	/** The newest row of the entry's public history. */
	private Element latestRevision(String slug) throws Exception {
		return requests.page("/partnerships/" + slug + "/history").select("tbody tr").first();
	}

	/** The slug of the programme the entry is stored as part of, or null. */
	private String partOf(String slug) {
		return jdbc.sql("SELECT p.slug FROM partnership c LEFT JOIN partnership p ON p.id = c.part_of_id WHERE c.slug = ?")
			.param(slug)
			.query(String.class)
			.list()
			.get(0);
	}

}
