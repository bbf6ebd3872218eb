package eu.smpcatalogue.editing;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import eu.smpcatalogue.TestDatabase;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.partnership.Partnerships;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two saves at the same moment: the other one commits after this one read the entry and before it writes,
 * so the database refuses the write (optimistic lock at flush). The person gets the conflict page with 409,
 * never a 500, and nothing of theirs is written. The other save is made for real, on its own connection,
 * at the moment this one writes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class ConcurrentSaveTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	PartnershipEditor partnershipEditor;

	@Autowired
	JdbcClient jdbc;

	@MockitoSpyBean
	Partnerships partnerships;

	/** The entry whose next write meets another save. */
	private final AtomicReference<String> meetsAnotherSave = new AtomicReference<>();

	private Editor luxembourg;

	private String slug;

	@BeforeEach
	void anEntryAndAnotherSaveReadyToCommitFirst() {
		luxembourg = TestEditors.contactPoint(accounts, "LU");
		PartnershipForm form = PartnershipMapping.blank();
		form.setNameEn("Concurrent save test " + System.nanoTime());
		form.setSummaryEn("The original summary.");
		form.setReportingCountry("LU");
		form.setDestinationCountries(List.of("LU"));
		form.setOriginCountries(List.of("CV"));
		form.getSources().get(0).setLocator("Section 5.3");
		slug = partnershipEditor.create(form, luxembourg).getSlug();
		doAnswer(invocation -> {
			Partnership entry = invocation.getArgument(0);
			if (entry.getSlug().equals(meetsAnotherSave.getAndSet(null))) {
				Thread other = new Thread(() -> jdbc.sql("UPDATE partnership SET version = version + 1 WHERE slug = ?")
					.param(entry.getSlug())
					.update());
				other.start();
				other.join(10_000);
			}
			return invocation.callRealMethod();
		}).when(partnerships).save(any());
	}

	@Test
	void aSaveThatMeetsAnotherAtTheDatabaseGetsTheConflictPageWith409() throws Exception {
		PartnershipForm mine = partnershipEditor.formFor(slug, luxembourg);
		mine.setSummaryEn("My summary, written at the same moment as someone else's save.");
		meetsAnotherSave.set(slug);
		MockHttpServletResponse response = mvc
			.perform(FormParams.of(post("/partnerships/" + slug + "/edit"), mine).with(user(luxembourg)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(409);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select(".conflict h2").text()).isEqualTo("Someone else changed this entry while you were editing it");
		assertThat(page.select("textarea[name=summaryEn]").text()).isEqualTo(mine.getSummaryEn());
		assertThat(summary()).isEqualTo("The original summary.");
	}

	@Test
	void aRetirementThatMeetsAnotherSaveGetsTheConflictPageWith409() throws Exception {
		meetsAnotherSave.set(slug);
		MockHttpServletResponse response = mvc.perform(post("/partnerships/" + slug + "/retire").with(user(luxembourg)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(Jsoup.parse(response.getContentAsString()).select("h1").text())
			.isEqualTo("Someone else changed this entry while you were editing it");
		assertThat(jdbc.sql("SELECT retired FROM partnership WHERE slug = ?").param(slug).query(Boolean.class).single()).isFalse();
	}

	private String summary() {
		return jdbc.sql("SELECT summary_en FROM partnership WHERE slug = ?").param(slug).query(String.class).single();
	}

}
