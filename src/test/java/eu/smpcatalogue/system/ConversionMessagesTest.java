package eu.smpcatalogue.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A value that cannot be read as what its field holds — a number, a date, a choice, a yes or no — gets a
 * message in the reader's language next to the field, never a Java type or class name. Every form is sent
 * with such a value in every field at once, in English and in French.
 */
@CatalogueTest
class ConversionMessagesTest {

	static final String NOT_A_VALUE = "∅ not-a-value";

	/** What leaks when a conversion failure has no message of its own. */
	static final List<String> INTERNALS = List.of("java.", "eu.smpcatalogue", "Failed to convert", "required type",
			"typeMismatch", "NumberFormatException", "For input string");

	static final String YEAR_EN = "Give a year as four digits, such as 2021.";

	static final String YEAR_FR = "Indiquez une année à quatre chiffres, par exemple 2021.";

	static final String MONTH_EN = "Give a month as a number from 1 to 12.";

	static final String MONTH_FR = "Indiquez un mois par un nombre de 1 à 12.";

	static final String NUMBER_EN = "Give a number, such as 1500, 1,500 or 12.5.";

	static final String NUMBER_FR = "Indiquez un nombre, par exemple 1500, 1 500 ou 12,5.";

	static final String BOX_EN = "Tick the box or leave it empty.";

	static final String BOX_FR = "Cochez la case ou laissez-la vide.";

	static final String ROLE_EN = "Choose a role from the list.";

	static final String ROLE_FR = "Choisissez un rôle dans la liste.";

	static final String VERSION_EN = "The version mark of this form is damaged: reload the page, then make your changes again.";

	static final String VERSION_FR = "La marque de version de ce formulaire est endommagée : rechargez la page, puis refaites vos modifications.";

	/** For each typed field, its message in English and in French. */
	static final Map<String, String[]> PARTNERSHIP = Map.of("startYear", new String[] { YEAR_EN, YEAR_FR }, "endYear",
			new String[] { YEAR_EN, YEAR_FR }, "startMonth", new String[] { MONTH_EN, MONTH_FR }, "endMonth",
			new String[] { MONTH_EN, MONTH_FR }, "budgetAmount", new String[] { NUMBER_EN, NUMBER_FR }, "figures[0].valueLow",
			new String[] { NUMBER_EN, NUMBER_FR }, "figures[1].valueHigh", new String[] { NUMBER_EN, NUMBER_FR },
			"lastVerifiedOn", new String[] { "Give a date such as 31 March 2026, 31/03/2026 or 2026-03-31.",
					"Indiquez une date, par exemple 31 mars 2026, 31/03/2026 ou 2026-03-31." });

	static final Map<String, String[]> COUNTRY = Map.of("reportedSmps", new String[] { BOX_EN, BOX_FR }, "publicDebate",
			new String[] { BOX_EN, BOX_FR }, "relatedInitiatives", new String[] { BOX_EN, BOX_FR });

	static final Map<String, String[]> ACCOUNT = Map.of("role", new String[] { ROLE_EN, ROLE_FR });

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	private Editor administrator;

	private Editor contactPoint;

	@BeforeEach
	void editors() {
		administrator = TestEditors.administrator(accounts);
		contactPoint = TestEditors.contactPoint(accounts, "BE");
	}

	@Test
	void theNewPartnershipForm() throws Exception {
		assertConverted(administrator, "/partnerships/new", "/partnerships/new", PARTNERSHIP, true);
	}

	@Test
	void thePartnershipEditForm() throws Exception {
		assertConverted(contactPoint, "/partnerships/palim/edit", "/partnerships/palim/edit", PARTNERSHIP, true);
	}

	@Test
	void theCountryForm() throws Exception {
		assertConverted(contactPoint, "/countries/BE/edit", "/countries/BE/edit", COUNTRY, true);
	}

	@Test
	void theAccountForms() throws Exception {
		assertConverted(administrator, "/admin/accounts", "/admin/accounts", ACCOUNT, false);
		String account = "/admin/accounts/" + contactPoint.accountId();
		assertConverted(administrator, account, account, ACCOUNT, false);
		assertConverted(administrator, account, account + "/password", Map.of(), false);
		assertConverted(contactPoint, "/account", "/account/password", Map.of(), false);
	}

	@Test
	void theSignInForm() throws Exception {
		MockHttpServletResponse response = mvc.perform(post("/login").param("username", NOT_A_VALUE)
			.param("password", NOT_A_VALUE)
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr("192.0.2.78"); // a documentation address: its throttle blocks no other test
				return request;
			})).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
		assertNoInternals(mvc.perform(get("/login?error")).andReturn().getResponse().getContentAsString());
	}

	/** Sends the form with every field holding a value nothing can convert, in each language. */
	private void assertConverted(Editor editor, String page, String action, Map<String, String[]> typed, boolean hasVersion)
			throws Exception {
		for (String language : List.of("en", "fr")) {
			String html = mvc.perform(get(page).param("lang", language).with(user(editor)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			Element form = Jsoup.parse(html).selectFirst("form[action=\"" + action + "\"]");
			assertThat(form).as(action).isNotNull();
			List<String> names = new ArrayList<>();
			form.select("input[name], textarea[name], select[name]").forEach(field -> {
				if (!field.attr("name").equals("_csrf") && !names.contains(field.attr("name"))) {
					names.add(field.attr("name"));
				}
			});
			assertThat(names).as(action).containsAll(typed.keySet());
			MockHttpServletRequestBuilder request = post(action).param("lang", language).with(user(editor)).with(csrf());
			names.forEach(name -> request.param(name, NOT_A_VALUE));
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			// Forms of text only may take the value (a password of 13 characters, say); the others come back.
			assertThat(response.getStatus()).as(action + " in " + language).isEqualTo(typed.isEmpty() ? response.getStatus() : 200)
				.isLessThan(400);
			String body = response.getContentAsString();
			assertNoInternals(body);
			Document answer = Jsoup.parse(body);
			int column = language.equals("en") ? 0 : 1;
			typed.forEach((name, messages) -> {
				Element field = answer.selectFirst("form[action=\"" + action + "\"] [name=\"" + name + "\"]");
				assertThat(field).as(name).isNotNull();
				assertThat(field.closest(".field, td, fieldset").select(".field-error").text()).as(name + " in " + language)
					.contains(messages[column]);
				// Kept as typed; a date box is left aside: it shows a date or nothing, and browsers send nothing else from it.
				if (field.tagName().equals("input") && field.attr("type").matches("|text")) {
					assertThat(field.val()).as("kept: " + name).isEqualTo(NOT_A_VALUE);
				}
			});
			if (hasVersion) {
				assertThat(answer.select(".error-summary").text()).as("version in " + language)
					.contains(language.equals("en") ? VERSION_EN : VERSION_FR);
			}
		}
	}

	private static void assertNoInternals(String body) {
		for (String internal : INTERNALS) {
			assertThat(body).doesNotContain(internal);
		}
	}

}
