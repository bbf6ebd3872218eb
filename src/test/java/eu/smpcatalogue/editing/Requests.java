package eu.smpcatalogue.editing;

import java.util.List;

import eu.smpcatalogue.account.Editor;
import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Requests made inside a test's transaction (rolled back at the end), each starting from an empty
 * persistence context as a real request does: otherwise an entity loaded by an earlier request, with its
 * collections as they were then, would stand in for the database. Also makes the entries a test needs,
 * through the form, so that seeded entries stay as they are.
 */
final class Requests {

	private final MockMvc mvc;

	private final EntityManager entityManager;

	Requests(MockMvc mvc, EntityManager entityManager) {
		this.mvc = mvc;
		this.entityManager = entityManager;
	}

	MockHttpServletResponse perform(RequestBuilder request) throws Exception {
		fresh();
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		fresh();
		return response;
	}

	/** An anonymous reader's view of a page, an export or an API answer. */
	String read(String path) throws Exception {
		return perform(get(path)).getContentAsString();
	}

	/** An anonymous reader's view of a page that must be there. */
	Document page(String path) throws Exception {
		MockHttpServletResponse response = perform(get(path));
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	/** Creates the entry through {@code POST /partnerships/new} and answers its slug. */
	String create(Editor editor, PartnershipForm form) throws Exception {
		String location = perform(FormParams.of(post("/partnerships/new"), form).with(user(editor)).with(csrf()))
			.getRedirectedUrl();
		assertThat(location).as("created " + form.getNameEn()).startsWith("/partnerships/");
		return location.substring("/partnerships/".length());
	}

	/** A minimal valid partnership of {@code country} (reporting and destination), from Morocco. */
	static PartnershipForm form(String name, String country) {
		PartnershipForm form = PartnershipMapping.blank();
		form.setNameEn(name + " " + System.nanoTime());
		form.setSummaryEn("An entry made by a test.");
		form.setReportingCountry(country);
		form.setDestinationCountries(List.of(country));
		form.setOriginCountries(List.of("MA"));
		form.getSources().get(0).setSourceKey("emn-inform-smp-2022");
		form.getSources().get(0).setLocator("Section 5.3");
		return form;
	}

	private void fresh() {
		entityManager.flush();
		entityManager.clear();
	}

}
