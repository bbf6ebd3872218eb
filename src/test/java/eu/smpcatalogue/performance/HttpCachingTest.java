package eu.smpcatalogue.performance;

import java.util.Set;
import java.util.stream.Collectors;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.FormElement;
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
 * Conditional GET for anonymous readers: a repeated request is answered 304 without a body; an edit,
 * made through the editing form as a signed-in contact point, is visible on the very next request and
 * the old ETag no longer matches; pages of signed-in editors are never cached publicly.
 */
@CatalogueTest
class HttpCachingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void aRepeatedAnonymousRequestIsAnswered304WithoutABody() throws Exception {
		for (String page : StatementCountTest.PAGES) {
			MockHttpServletResponse first = mvc.perform(get(page)).andReturn().getResponse();
			assertThat(first.getStatus()).as(page).isEqualTo(200);
			assertThat(first.getHeader("ETag")).as(page).startsWith("W/\"");
			assertThat(first.getHeader("Cache-Control")).as(page).isEqualTo("public, no-cache");
			assertThat(first.getHeaders("Vary")).as(page).contains("Cookie, Accept-Language");
			assertThat(first.getContentAsString()).as(page).doesNotContain("_csrf");

			StatementCounter.start();
			MockHttpServletResponse again = mvc.perform(get(page).header("If-None-Match", first.getHeader("ETag")))
				.andReturn()
				.getResponse();
			assertThat(StatementCounter.stop()).as(page).hasSize(1);
			assertThat(again.getStatus()).as(page).isEqualTo(304);
			assertThat(again.getContentAsByteArray()).as(page).isEmpty();
			assertThat(again.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
		}
	}

	@Test
	void aPageAskedForAgainAtTheSameVersionIsSentAsRenderedWithoutBeingBuiltAgain() throws Exception {
		for (String page : StatementCountTest.PAGES) {
			MockHttpServletResponse first = mvc.perform(get(page)).andReturn().getResponse();

			StatementCounter.start();
			MockHttpServletResponse again = mvc.perform(get(page)).andReturn().getResponse();
			assertThat(StatementCounter.stop()).as(page + ": the catalogue version, nothing else").hasSize(1);
			assertThat(again.getStatus()).as(page).isEqualTo(200);
			assertThat(again.getContentAsByteArray()).as(page).isEqualTo(first.getContentAsByteArray());
			assertThat(again.getContentType()).as(page).isEqualTo(first.getContentType());
			assertThat(again.getHeader("Content-Language")).as(page).isEqualTo(first.getHeader("Content-Language"));
			assertThat(again.getHeader("Content-Disposition")).as(page).isEqualTo(first.getHeader("Content-Disposition"));
			assertThat(again.getHeader("ETag")).as(page).isEqualTo(first.getHeader("ETag"));
			assertThat(again.getHeader("Content-Security-Policy")).as(page).isEqualTo(first.getHeader("Content-Security-Policy"));
		}
	}

	@Test
	void theEtagDependsOnTheLanguage() throws Exception {
		String english = mvc.perform(get("/partnerships").header("Accept-Language", "en")).andReturn().getResponse().getHeader("ETag");
		MockHttpServletResponse french = mvc
			.perform(get("/partnerships").header("Accept-Language", "fr").header("If-None-Match", english))
			.andReturn()
			.getResponse();
		assertThat(french.getStatus()).isEqualTo(200);
		assertThat(french.getHeader("ETag")).isNotEqualTo(english);
	}

	@Test
	void anEditIsVisibleOnTheNextRequestAndTheOldEtagNoLongerMatches() throws Exception {
		Editor belgium = TestEditors.contactPoint(accounts, "BE");
		MockHttpServletResponse before = mvc.perform(get("/partnerships/palim")).andReturn().getResponse();
		MockHttpServletResponse listBefore = mvc.perform(get("/partnerships?destination=BE")).andReturn().getResponse();
		String original = nameOnEditForm(belgium);
		String formBefore = fieldsOnEditForm(belgium);
		String renamed = "PALIM renamed to test caching " + System.nanoTime();
		try {
			rename(belgium, renamed);

			MockHttpServletResponse after = mvc
				.perform(get("/partnerships/palim").header("If-None-Match", before.getHeader("ETag")))
				.andReturn()
				.getResponse();
			assertThat(after.getStatus()).isEqualTo(200);
			assertThat(after.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
			assertThat(Jsoup.parse(after.getContentAsString()).select("h1").text()).isEqualTo(renamed);

			MockHttpServletResponse listAfter = mvc
				.perform(get("/partnerships?destination=BE").header("If-None-Match", listBefore.getHeader("ETag")))
				.andReturn()
				.getResponse();
			assertThat(listAfter.getStatus()).isEqualTo(200);
			assertThat(listAfter.getContentAsString()).contains(renamed);
		}
		finally {
			rename(belgium, original);
		}
		assertThat(fieldsOnEditForm(belgium)).as("the entry as it was").isEqualTo(formBefore);
	}

	@Test
	void signedInEditorsPagesAreNeverCachedPublicly() throws Exception {
		Editor belgium = TestEditors.contactPoint(accounts, "BE");
		String etag = mvc.perform(get("/partnerships/palim")).andReturn().getResponse().getHeader("ETag");
		MockHttpServletResponse signedIn = mvc.perform(get("/partnerships/palim").with(user(belgium))
			.header("If-None-Match", etag)).andReturn().getResponse();
		assertThat(signedIn.getStatus()).isEqualTo(200);
		assertThat(signedIn.getHeader("ETag")).isNull();
		assertThat(signedIn.getHeader("Cache-Control")).doesNotContain("public").contains("no-store");
		assertThat(Jsoup.parse(signedIn.getContentAsString()).select("form[action=/logout] button").text())
			.as("the editor's own page, not the one kept for anonymous readers")
			.isEqualTo("Sign out");
	}

	@Test
	void theSignInPageAndFormsAreNotCachedPublicly() throws Exception {
		MockHttpServletResponse login = mvc.perform(get("/login")).andReturn().getResponse();
		assertThat(login.getHeader("ETag")).isNull();
		assertThat(login.getHeader("Cache-Control")).doesNotContain("public");
	}

	private String nameOnEditForm(Editor editor) throws Exception {
		return editForm(editor).selectFirst("[name=nameEn]").val();
	}

	private String fieldsOnEditForm(Editor editor) throws Exception {
		return editForm(editor).formData().stream()
			.filter(field -> !field.key().equals("_csrf") && !field.key().equals("version"))
			.map(field -> field.key() + "=" + field.value())
			.collect(Collectors.joining("\n"));
	}

	private FormElement editForm(Editor editor) throws Exception {
		String page = mvc.perform(get("/partnerships/palim/edit").with(user(editor))).andReturn().getResponse().getContentAsString();
		return (FormElement) Jsoup.parse(page).selectFirst("form[action$=/edit]");
	}

	private void rename(Editor editor, String name) throws Exception {
		MockHttpServletRequestBuilder save = post("/partnerships/palim/edit").with(user(editor)).with(csrf());
		FormElement form = editForm(editor);
		// jsoup sends a select's first option when none is chosen; a browser sends nothing for a multiple one.
		Set<String> unchosen = form.select("select[multiple]:not(:has(option[selected]))").eachAttr("name").stream()
			.collect(Collectors.toSet());
		form.formData().forEach(field -> {
			if (!"_csrf".equals(field.key()) && !unchosen.contains(field.key())) {
				save.param(field.key(), "nameEn".equals(field.key()) ? name : field.value());
			}
		});
		assertThat(mvc.perform(save).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

}
