package eu.smpcatalogue.editing;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
 * A country whose answer is "no" or "not asked" has no "reported SMPs" to store: saving its answer keeps
 * that field empty instead of breaking the rule the database holds. Each test is rolled back.
 */
@CatalogueTest
@Transactional
class CountryAnswerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	CountryEditor countryEditor;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "NO", "" })
	void anAnswerOtherThanYesIsSavedWithoutReportedSmps(String responded) throws Exception {
		Editor denmark = TestEditors.contactPoint(accounts, "DK");
		CountryForm form = countryEditor.formFor("DK", denmark);
		form = FormParams.with(form, "responded", responded);
		form = FormParams.with(form, "reportedSmps", false);
		form = FormParams.with(form, "narrativeEn", "Denmark's answer, saved again by its contact point.");
		MockHttpServletResponse saved = mvc
			.perform(FormParams.of(post("/countries/DK/edit"), form).with(user(denmark)).with(csrf()))
			.andReturn()
			.getResponse();

		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(saved.getRedirectedUrl()).isEqualTo("/countries/DK");
		assertThat(jdbc.sql("SELECT emn_reported_smps IS NULL FROM country WHERE code = 'DK'").query(Boolean.class).single())
			.isTrue();
		assertThat(jdbc.sql("SELECT emn_narrative_en FROM country WHERE code = 'DK'").query(String.class).single())
			.isEqualTo("Denmark's answer, saved again by its contact point.");
	}

}
