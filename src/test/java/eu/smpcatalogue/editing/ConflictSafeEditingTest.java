package eu.smpcatalogue.editing;

import java.util.List;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two people load the same entry and both save: exactly one succeeds; the other is shown what changed
 * and keeps their own edits, which they can then apply on the new version. Nothing is lost or merged
 * silently, and the history holds each saved state with its author.
 */
@CatalogueTest
class ConflictSafeEditingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	PartnershipEditor partnershipEditor;

	@Autowired
	JdbcClient jdbc;

	private Editor first;

	private Editor second;

	private String slug;

	@BeforeEach
	void aFreshPartnershipAndTwoEditorsOfItsCountry() {
		first = TestEditors.contactPoint(accounts, "LU");
		second = TestEditors.contactPoint(accounts, "LU");
		PartnershipForm form = PartnershipMapping.blank();
		form.setNameEn("Conflict test " + System.nanoTime());
		form.setSummaryEn("The original summary.");
		form.setReportingCountry("LU");
		form.setDestinationCountries(List.of("LU"));
		form.setOriginCountries(List.of("CV"));
		form.getSources().get(0).setLocator("Section 5.3");
		slug = partnershipEditor.create(form, first).getSlug();
	}

	@Test
	void theSecondSaveFromTheSameVersionSeesTheConflictAndLosesNothing() throws Exception {
		PartnershipForm loadedByFirst = partnershipEditor.formFor(slug, first);
		PartnershipForm loadedBySecond = partnershipEditor.formFor(slug, second);

		loadedByFirst.setSummaryEn("The first editor's summary.");
		assertThat(save(loadedByFirst, first).getResponse().getRedirectedUrl()).isEqualTo("/partnerships/" + slug);

		loadedBySecond.setTargetGroupEn("Young Cape Verdean professionals.");
		MvcResult conflict = save(loadedBySecond, second);
		assertThat(conflict.getResponse().getStatus()).isEqualTo(409);
		Document page = Jsoup.parse(conflict.getResponse().getContentAsString());
		assertThat(page.select(".conflict h2").text()).isEqualTo("Someone else changed this entry while you were editing it");
		assertThat(page.select(".conflict tbody tr").text()).contains("Summary (English)")
			.contains("The original summary.")
			.contains("The first editor's summary.");
		assertThat(page.select("textarea[name=targetGroupEn]").text()).isEqualTo("Young Cape Verdean professionals.");
		assertThat(stored("summary_en")).isEqualTo("The first editor's summary.");
		assertThat(stored("target_group_en")).isNull();

		// The second editor re-applies their edit on the version they have now seen.
		PartnershipForm reapplied = partnershipEditor.formFor(slug, second);
		reapplied.setTargetGroupEn("Young Cape Verdean professionals.");
		reapplied.setVersion(Long.valueOf(page.select("input[name=version]").val()));
		assertThat(save(reapplied, second).getResponse().getRedirectedUrl()).isEqualTo("/partnerships/" + slug);
		assertThat(stored("summary_en")).isEqualTo("The first editor's summary.");
		assertThat(stored("target_group_en")).isEqualTo("Young Cape Verdean professionals.");

		List<String> authors = jdbc.sql("""
				SELECT r.action || ':' || r.author_name FROM revision r JOIN partnership p ON r.entry_key = p.id::text
				WHERE p.slug = ? ORDER BY r.entry_version""").param(slug).query(String.class).list();
		assertThat(authors).containsExactly("CREATED:" + first.displayName(), "EDITED:" + first.displayName(),
				"EDITED:" + second.displayName());
	}

	@Test
	void theHistoryShowsWhoChangedWhatAndCanCompareVersions() throws Exception {
		PartnershipForm form = partnershipEditor.formFor(slug, first);
		form.setAcronym("CT");
		save(form, first);
		Document history = Jsoup.parse(mvc.perform(get("/partnerships/" + slug + "/history")).andReturn().getResponse()
			.getContentAsString());
		assertThat(history.select("tbody tr")).hasSize(2);
		assertThat(history.select("tbody tr").first().text()).contains(first.displayName()).contains("Edited").contains("Acronym");
		String compare = history.select("tbody tr").first().select("a[href*=compare]").attr("href");
		Document diff = Jsoup.parse(mvc.perform(get(compare)).andReturn().getResponse().getContentAsString());
		assertThat(diff.select(".diff tbody tr").text()).contains("Acronym").contains("CT");

		Document detail = Jsoup.parse(mvc.perform(get("/partnerships/" + slug)).andReturn().getResponse().getContentAsString());
		assertThat(detail.select(".updated").text()).contains("by the LU national contact point");
		Document changes = Jsoup.parse(mvc.perform(get("/changes")).andReturn().getResponse().getContentAsString());
		assertThat(changes.select("tbody tr").text()).contains(form.getNameEn());
	}

	@Test
	void anAdministratorCanRestoreAnEarlierVersionAsANewRevision() throws Exception {
		Editor administrator = TestEditors.administrator(accounts);
		PartnershipForm form = partnershipEditor.formFor(slug, first);
		form.setSummaryEn("A summary that turned out wrong.");
		save(form, first);
		long created = jdbc.sql("""
				SELECT min(r.id) FROM revision r JOIN partnership p ON r.entry_key = p.id::text WHERE p.slug = ?""")
			.param(slug)
			.query(Long.class)
			.single();
		mvc.perform(post("/admin/partnerships/" + slug + "/history/" + created + "/revert").with(user(administrator))
			.with(csrf()));
		assertThat(stored("summary_en")).isEqualTo("The original summary.");
		assertThat(jdbc.sql("""
				SELECT r.action FROM revision r JOIN partnership p ON r.entry_key = p.id::text WHERE p.slug = ?
				ORDER BY r.entry_version DESC LIMIT 1""").param(slug).query(String.class).single()).isEqualTo("REVERTED");
	}

	@Test
	void retiringHidesAPartnershipButKeepsItForAdministratorsToRestore() throws Exception {
		Editor administrator = TestEditors.administrator(accounts);
		mvc.perform(post("/partnerships/" + slug + "/retire").with(user(first)).with(csrf()));
		assertThat(mvc.perform(get("/partnerships/" + slug)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(stored("retired")).isEqualTo("true");
		mvc.perform(post("/admin/partnerships/" + slug + "/restore").with(user(administrator)).with(csrf()));
		assertThat(mvc.perform(get("/partnerships/" + slug)).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void theAddressStaysWhenTheNameChangesAndAnOldAddressRedirects() throws Exception {
		PartnershipForm renamed = partnershipEditor.formFor(slug, first);
		renamed.setNameEn("A new name for the conflict test");
		renamed.setSlug("ignored-for-contact-points");
		save(renamed, first);
		assertThat(mvc.perform(get("/partnerships/" + slug)).andReturn().getResponse().getStatus()).isEqualTo(200);

		Editor administrator = TestEditors.administrator(accounts);
		PartnershipForm moved = partnershipEditor.formFor(slug, administrator);
		moved.setSlug(slug + "-moved");
		mvc.perform(FormParams.of(post("/partnerships/" + slug + "/edit"), moved).with(user(administrator)).with(csrf()));
		assertThat(mvc.perform(get("/partnerships/" + slug)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/partnerships/" + slug + "-moved");
		assertThat(mvc.perform(get("/partnerships/" + slug + "-moved")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	private MvcResult save(PartnershipForm form, Editor editor) throws Exception {
		return mvc.perform(FormParams.of(post("/partnerships/" + slug + "/edit"), form).with(user(editor)).with(csrf()))
			.andReturn();
	}

	private String stored(String column) {
		return jdbc.sql("SELECT " + column + "::text FROM partnership WHERE slug = ?")
			.param(slug)
			.query((row, n) -> row.getString(1))
			.list()
			.get(0);
	}

}
