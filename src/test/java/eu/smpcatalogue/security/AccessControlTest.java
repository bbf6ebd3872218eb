package eu.smpcatalogue.security;

import java.util.List;
import java.util.Map;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
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
 * What the authorisation matrix does not show: retired entries stay out of every public view, fields a
 * form does not have are never bound, and reading never writes. Each test is rolled back.
 */
@CatalogueTest
@Transactional
class AccessControlTest {

	/** Every public view that lists or shows partnerships. */
	static final List<String> PUBLIC_VIEWS = List.of("/", "/partnerships", "/partnerships?q=palim", "/partnerships?size=100",
			"/partnerships?origin=MA", "/countries/BE", "/countries/MA", "/sources", "/statistics", "/map",
			"/compare/elements", "/compare/elements.csv", "/changes", "/partnerships.csv", "/partnerships.atom",
			"/changes.atom", "/sitemap.xml", "/api/partnerships", "/api/partnerships?size=100", "/api/countries/BE",
			"/api/countries/MA", "/api/organisations");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRetiredEntryNeverReachesAnonymousReaders() throws Exception {
		List<String> showingIt = new java.util.ArrayList<>();
		for (String view : PUBLIC_VIEWS) {
			if (anonymous(view).getContentAsString().contains("/partnerships/palim")) {
				showingIt.add(view);
			}
		}
		// (The Atom feed holds the latest changes only: whether PALIM is among them depends on other tests.)
		assertThat(showingIt).contains("/partnerships?size=100", "/partnerships?q=palim", "/countries/BE", "/partnerships.csv",
				"/sitemap.xml", "/api/partnerships?size=100", "/compare/elements");
		Editor administrator = TestEditors.administrator(accounts);
		mvc.perform(post("/partnerships/palim/retire").with(user(administrator)).with(csrf()));
		assertThat(jdbc.sql("SELECT retired FROM partnership WHERE slug = 'palim'").query(Boolean.class).single()).isTrue();

		for (String view : PUBLIC_VIEWS) {
			MockHttpServletResponse response = anonymous(view);
			assertThat(response.getStatus()).as(view).isEqualTo(200);
			assertThat(response.getContentAsString()).as(view).doesNotContain("/partnerships/palim");
		}
		for (String detail : List.of("/partnerships/palim", "/partnerships/palim/history", "/api/partnerships/palim",
				"/compare?slugs=palim,thamm-germany")) {
			assertThat(anonymous(detail).getStatus()).as(detail).isIn(404, 410, 400);
			assertThat(anonymous(detail).getContentAsString()).as(detail).doesNotContain("Pilot project addressing labour");
		}
	}

	@Test
	void fieldsAFormDoesNotHaveAreIgnored() throws Exception {
		Editor belgium = TestEditors.contactPoint(accounts, "BE");
		Map<String, Object> before = jdbc.sql("SELECT id, retired, created_at, reporting_country FROM partnership WHERE slug = 'palim'")
			.query()
			.singleRow();
		String version = jdbc.sql("SELECT version FROM partnership WHERE slug = 'palim'").query(String.class).single();
		// The real form with one change (an unchanged form saves nothing), plus fields a hand-made request might add.
		String page = mvc.perform(get("/partnerships/palim/edit").with(user(belgium))).andReturn().getResponse().getContentAsString();
		String summary = jdbc.sql("SELECT summary_en FROM partnership WHERE slug = 'palim'").query(String.class).single();
		var request = BrowserForm.of(page, "/partnerships/palim/edit")
			.sendTo(post("/partnerships/palim/edit").with(user(belgium)).with(csrf()), List.of("summaryEn"),
					summary + " (saved with extra fields)");
		request.param("id", "1")
			.param("retired", "true")
			.param("createdAt", "2000-01-01T00:00:00Z")
			.param("owner", "DE")
			.param("role", "ADMINISTRATOR")
			.param("country", "DE")
			.param("accountId", "1");
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		Map<String, Object> after = jdbc.sql("SELECT id, retired, created_at, reporting_country FROM partnership WHERE slug = 'palim'")
			.query()
			.singleRow();
		assertThat(after).isEqualTo(before);
		assertThat(jdbc.sql("SELECT version FROM partnership WHERE slug = 'palim'").query(String.class).single())
			.isNotEqualTo(version);

		// An editor cannot promote themselves or change country through their own account form.
		mvc.perform(post("/account/password").with(user(belgium))
			.with(csrf())
			.param("currentPassword", TestEditors.PASSWORD)
			.param("newPassword", "a brand new passphrase")
			.param("confirmation", "a brand new passphrase")
			.param("role", "ADMINISTRATOR")
			.param("countryCode", "DE")
			.param("id", "1")
			.param("enabled", "false"));
		assertThat(jdbc.sql("SELECT role || ' ' || country_code || ' ' || enabled FROM account WHERE id = ?")
			.param(belgium.accountId())
			.query(String.class)
			.single()).isEqualTo("CONTACT_POINT BE true");
	}

	@Test
	void readingChangesNothing() throws Exception {
		Editor administrator = TestEditors.administrator(accounts);
		Map<String, String> before = DatabaseChecksum.of(jdbc);
		for (String view : PUBLIC_VIEWS) {
			anonymous(view);
			mvc.perform(get(view).with(user(administrator)));
		}
		for (String page : List.of("/partnerships/palim", "/partnerships/palim/edit", "/countries/BE/edit", "/partnerships/new",
				"/admin/accounts", "/admin/retired", "/account", "/partnerships/palim/history", "/logout",
				"/partnerships/palim/retire", "/admin/partnerships/palim/restore", "/admin/accounts/" + administrator.accountId()
						+ "/disable", "/partnerships/palim/corrections/new", "/countries/BE/corrections/new", "/account/inbox")) {
			mvc.perform(get(page).with(user(administrator)));
		}
		assertThat(DatabaseChecksum.of(jdbc)).isEqualTo(before);
	}

	private MockHttpServletResponse anonymous(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse();
	}

}
