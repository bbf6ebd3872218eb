package eu.smpcatalogue.editing;

import java.util.List;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A retired entry is absent from every public answer, including those that follow the part-of relation:
 * its programme's list of parts, its parts' breadcrumbs and links, exports and the API; and the edit form
 * does not confirm that it exists. Each test makes its own Belgian programme and part, and is rolled back.
 */
@CatalogueTest
@Transactional
class RetiredProgrammeTest {

	private static final String UNKNOWN = "Give the address name (slug) of another partnership.";

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

	private String programme;

	private String part;

	@BeforeEach
	void aBelgianProgrammeWithOnePart() throws Exception {
		requests = new Requests(mvc, entityManager);
		belgium = TestEditors.contactPoint(accounts, "BE");
		administrator = TestEditors.administrator(accounts);
		programme = requests.create(belgium, Requests.form("Retirement programme", "BE"));
		PartnershipForm form = Requests.form("Retirement part", "BE");
		form.setPartOf(programme);
		part = requests.create(belgium, form);
		assertThat(requests.page("/partnerships/" + programme).select("dl.facts a[href=/partnerships/" + part + "]")).isNotEmpty();
		assertThat(requests.page("/partnerships/" + part).select("nav.breadcrumb a[href=/partnerships/" + programme + "]"))
			.isNotEmpty();
	}

	@Test
	void aRetiredPartLeavesItsProgrammesPage() throws Exception {
		retire(part);
		assertThat(requests.page("/partnerships/" + programme).text()).doesNotContain("Parts of this programme");
		for (String view : List.of("/partnerships/" + programme, "/partnerships/" + programme + "?lang=fr",
				"/api/partnerships/" + programme, "/countries/BE", "/partnerships.csv?destination=BE",
				"/partnerships?destination=BE&size=100", "/sitemap.xml")) {
			assertThat(requests.read(view)).as(view).doesNotContain(part);
		}
	}

	@Test
	void aRetiredProgrammeLeavesItsPartsPages() throws Exception {
		retire(programme);
		assertThat(requests.page("/partnerships/" + part).select("nav.breadcrumb").text()).isEqualTo("Partnerships");
		for (String view : List.of("/partnerships/" + part, "/partnerships/" + part + "?lang=fr", "/api/partnerships/" + part,
				"/partnerships.csv?destination=BE", "/api/partnerships?destination=BE&size=100",
				"/compare?slugs=" + part + ",palim", "/partnerships.atom", "/sitemap.xml")) {
			assertThat(requests.read(view)).as(view).doesNotContain(programme);
		}
	}

	@Test
	void theFormRefusesARetiredProgrammeAsIfItDidNotExist() throws Exception {
		retire(programme);
		String other = requests.create(belgium, Requests.form("Retirement other", "BE"));
		Document retired = link(belgium, other, programme);
		Document unknown = link(belgium, other, "no-such-programme-" + System.nanoTime());
		assertThat(retired.select("#partOf-error").text()).isEqualTo(UNKNOWN)
			.isEqualTo(unknown.select("#partOf-error").text());
		assertThat(retired.select("input[name=partOf]").val()).isEqualTo(programme);
		assertThat(partOf(other)).isNull();
		// Nor for an administrator, who would otherwise hang a published entry under a hidden one.
		assertThat(link(administrator, other, programme).select("#partOf-error").text()).isEqualTo(UNKNOWN);
	}

	@Test
	void aPartKeepsItsLinkToARetiredProgrammeThroughAnEditAndShowsItAgainOnRestoring() throws Exception {
		retire(programme);
		PartnershipForm form = partnershipEditor.formFor(part, belgium);
		assertThat(form.getPartOf()).isEqualTo(programme);
		form.setSummaryEn("Edited while its programme is retired.");
		assertThat(requests.perform(FormParams.of(post("/partnerships/" + part + "/edit"), form).with(user(belgium)).with(csrf()))
			.getStatus()).isEqualTo(302);
		assertThat(partOf(part)).isEqualTo(programme);

		requests.perform(post("/admin/partnerships/" + programme + "/restore").with(user(administrator)).with(csrf()));
		assertThat(requests.page("/partnerships/" + programme).select("dl.facts a[href=/partnerships/" + part + "]")).isNotEmpty();
		assertThat(requests.page("/partnerships/" + part).select("nav.breadcrumb a[href=/partnerships/" + programme + "]"))
			.isNotEmpty();
	}

	private void retire(String slug) throws Exception {
		requests.perform(post("/partnerships/" + slug + "/retire").with(user(belgium)).with(csrf()));
		assertThat(jdbc.sql("SELECT retired FROM partnership WHERE slug = ?").param(slug).query(Boolean.class).single()).isTrue();
	}

	/** Sets the entry's part-of field in its edit form and saves, which must be refused. */
	private Document link(Editor editor, String slug, String partOf) throws Exception {
		PartnershipForm form = partnershipEditor.formFor(slug, editor);
		form.setPartOf(partOf);
		MockHttpServletResponse response = requests
			.perform(FormParams.of(post("/partnerships/" + slug + "/edit"), form).with(user(editor)).with(csrf()));
		assertThat(response.getStatus()).as("refused, not saved").isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
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
