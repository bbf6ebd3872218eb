package eu.smpcatalogue.editing;

import java.net.URI;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A country has one address and one history, however its code is typed: in lower case, or as EMN writes
 * it (EL for Greece). An edit posted to a typed address lands in the history read at the canonical one.
 * Each test is rolled back.
 */
@CatalogueTest
@Transactional
class CountryAddressesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	CountryEditor countryEditor;

	@Autowired
	JdbcClient jdbc;

	private Editor administrator;

	@BeforeEach
	void administrator() {
		administrator = TestEditors.administrator(accounts);
	}

	@Test
	void anEditPostedToALowerCaseAddressIsInTheCountrysHistory() throws Exception {
		Editor belgium = TestEditors.contactPoint(accounts, "BE");
		CountryForm form = countryEditor.formFor("BE", belgium);
		form = FormParams.with(form, "narrativeEn", "Belgium's answer, edited at a lower-case address.");
		MockHttpServletResponse saved = mvc
			.perform(FormParams.of(post("/countries/be/edit"), form).with(user(belgium)).with(csrf()))
			.andReturn()
			.getResponse();

		Document history = page("/countries/BE/history");
		assertThat(history.select("tbody tr").text()).contains(belgium.displayName() + " (BE)", "Edited", "Narrative (English)");
		assertThat(page("/countries/BE").text()).contains("Belgium's answer, edited at a lower-case address.");
		assertThat(jdbc.sql("SELECT count(*) FROM revision WHERE entry_type = 'COUNTRY' AND entry_key <> upper(entry_key)")
			.query(Long.class)
			.single()).isZero();
		assertThat(saved.getRedirectedUrl()).isEqualTo("/countries/BE");
	}

	@Test
	void anEditPostedToEmnsCodeForGreeceIsInGreecesHistory() throws Exception {
		Editor greece = TestEditors.contactPoint(accounts, "GR");
		CountryForm form = countryEditor.formFor("GR", greece);
		form = FormParams.with(form, "publicDebate", !form.publicDebate());
		MockHttpServletResponse saved = mvc
			.perform(FormParams.of(post("/countries/EL/edit"), form).with(user(greece)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(page("/countries/GR/history").select("tbody tr").text()).contains(greece.displayName() + " (GR)",
				"Public debate");
		assertThat(jdbc.sql("SELECT count(*) FROM revision WHERE entry_type = 'COUNTRY' AND entry_key = 'EL'")
			.query(Long.class)
			.single()).isZero();
		assertThat(saved.getRedirectedUrl()).isEqualTo("/countries/GR");
	}

	@Test
	void aStaleSaveAtATypedAddressShowsWhatTheOtherPersonChanged() throws Exception {
		Editor belgium = TestEditors.contactPoint(accounts, "BE");
		CountryForm stale = countryEditor.formFor("BE", belgium);
		CountryForm theirs = countryEditor.formFor("BE", administrator);
		theirs = FormParams.with(theirs, "narrativeEn", "The administrator's version.");
		mvc.perform(FormParams.of(post("/countries/BE/edit"), theirs).with(user(administrator)).with(csrf()));

		stale = FormParams.with(stale, "narrativeEn", "Belgium's version.");
		Document conflict = Jsoup.parse(mvc
			.perform(FormParams.of(post("/countries/be/edit"), stale).with(user(belgium)).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(conflict.select(".conflict").text()).contains("Narrative (English)", "The administrator's version.");
		assertThat(conflict.select("textarea[name=narrativeEn]").text()).isEqualTo("Belgium's version.");
	}

	@Test
	void aRevertAtATypedAddressRestoresTheCountrysRevision() throws Exception {
		CountryForm form = countryEditor.formFor("BE", administrator);
		form = FormParams.with(form, "narrativeEn", "To be undone.");
		mvc.perform(FormParams.of(post("/countries/BE/edit"), form).with(user(administrator)).with(csrf()));
		long imported = jdbc.sql("SELECT min(id) FROM revision WHERE entry_type = 'COUNTRY' AND entry_key = 'BE'")
			.query(Long.class)
			.single();

		MockHttpServletResponse reverted = mvc
			.perform(post("/admin/countries/be/history/" + imported + "/revert").with(user(administrator)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(reverted.getRedirectedUrl()).isEqualTo("/countries/BE/history");
		assertThat(page("/countries/BE/history").select("tbody tr").first().text()).contains("Earlier version restored");
		assertThat(page("/countries/BE").text()).doesNotContain("To be undone.");
	}

	@Test
	void everyCountryPageMovesPermanentlyToItsCanonicalAddress() throws Exception {
		assertMoved(get("/countries/be"), "/countries/BE");
		assertMoved(get("/countries/EL"), "/countries/GR");
		assertMoved(get("/countries/el/history"), "/countries/GR/history");
		assertMoved(get("/countries/be/history/compare?from=1&to=2"), "/countries/BE/history/compare?from=1&to=2");
		assertMoved(get("/countries/be/edit").with(user(TestEditors.contactPoint(accounts, "BE"))), "/countries/BE/edit");
		assertMoved(get(URI.create("/countries/b%65/history")), "/countries/BE/history");
		assertThat(mvc.perform(get("/countries/BE/history")).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/countries/GR")).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/countries/BEL/history")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	private void assertMoved(org.springframework.test.web.servlet.RequestBuilder request, String location) throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(location).isEqualTo(301);
		assertThat(response.getHeader("Location")).isEqualTo(location);
	}

	private Document page(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
