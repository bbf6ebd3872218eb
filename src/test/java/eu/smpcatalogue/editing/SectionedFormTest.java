package eu.smpcatalogue.editing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import eu.smpcatalogue.partnership.Involvement;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The partnership form as national contact points use it: eight sections with a table of contents, each
 * saveable on its own page without touching the rest; numbers and dates as the person's language writes
 * them; a new entry's defaults; Edit links only where the person may edit, and a refusal that says whose
 * entry it is. Entries made here are Luxembourg's, from Cabo Verde.
 */
@CatalogueTest
class SectionedFormTest {

	static final List<String> SECTIONS = List.of("identity", "countries", "people", "actors", "elements", "figures",
			"sources", "links");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	PartnershipEditor partnershipEditor;

	@Autowired
	JdbcClient jdbc;

	private Editor luxembourg;

	private String slug;

	@BeforeEach
	void aLuxembourgEntry() {
		luxembourg = TestEditors.contactPoint(accounts, "LU");
		PartnershipForm form = PartnershipMapping.blank();
		form.setNameEn("Sectioned form test " + System.nanoTime());
		form.setSummaryEn("The original summary.");
		form.setReportingCountry("LU");
		form.setDestinationCountries(List.of("LU"));
		form.setOriginCountries(List.of("CV"));
		form.getSources().get(0).setLocator("Section 5.3");
		form.setBudgetAmount(new BigDecimal("1200.00"));
		form.setBudgetCurrency("EUR");
		PartnershipForm.FigureRow figure = new PartnershipForm.FigureRow();
		figure.setKind("PARTICIPANTS");
		figure.setMeasure("PLANNED");
		figure.setQualifier("EXACT");
		figure.setValueLow(new BigDecimal("350.00"));
		figure.setUnit("PEOPLE");
		figure.setLabelEn("Trainees");
		figure.setSourceKey(form.getSources().get(0).getSourceKey());
		figure.setSourceLocator("p. 12");
		form.getFigures().add(figure);
		slug = partnershipEditor.create(form, luxembourg).getSlug();
	}

	@Test
	void theWholeFormIsInEightSectionsWithATableOfContentsAndEveryFieldInOne() throws Exception {
		Document page = page(get("/partnerships/" + slug + "/edit"), luxembourg);
		assertThat(page.select("form.stacked section.form-section").eachAttr("id")).containsExactlyElementsOf(SECTIONS);
		Element toc = page.selectFirst("nav.form-toc");
		for (String section : SECTIONS) {
			assertThat(toc.select("a[href=#" + section + "]")).as(section).hasSize(1);
			assertThat(toc.select("a[href=/partnerships/" + slug + "/edit/" + section + "]")).as(section).hasSize(1);
		}
		assertThat(toc.select(".toc-fields").first().text()).contains("Name, acronym");
		// Two moves: the table of contents, then the field, which is in one of the sections it lists.
		for (Element field : page.select("form.stacked").select("input[name], select[name], textarea[name]")) {
			String name = field.attr("name");
			// The reason for the change goes with every save, whole or by section: it sits by the save button.
			if (!name.equals("_csrf") && !name.equals("version") && !name.equals("reason")) {
				assertThat(field.closest("section.form-section")).as(name).isNotNull();
			}
		}
		assertThat(page.select("fieldset#destinationCountries > legend").text()).isEqualTo("Destination countries");
		assertThat(page.select("fieldset#destinationCountries input[type=checkbox][value=LU][checked]")).hasSize(1);
		assertThat(page.select("fieldset#destinationCountries .chosen-list").text()).isEqualTo("Luxembourg");
		assertThat(page.select("select[multiple]")).isEmpty();
		assertThat(page.select("script[src^=/js/editing]")).hasSize(1);
		assertThat(page.select("button[data-add-row=figures][hidden]")).hasSize(1);
	}

	@Test
	void aSectionPageShowsOnlyItsFieldsAndSavesThemAloneKeepingTheRest() throws Exception {
		String path = "/partnerships/" + slug + "/edit/people";
		MockHttpServletResponse shown = perform(get(path), luxembourg);
		Document page = Jsoup.parse(shown.getContentAsString());
		assertThat(page.select("form.stacked section.form-section").eachAttr("id")).containsExactly("people");
		assertThat(page.select("h1").text()).contains("Sectors and people");
		assertThat(page.select("nav.form-toc a[aria-current=page]").attr("href")).isEqualTo(path);
		assertThat(page.select("form[action=" + path + "] textarea[name=summaryEn]")).isEmpty();

		Map<String, List<String>> fields = BrowserFields.of(shown.getContentAsString(), path);
		assertThat(fields.keySet()).allMatch(name -> name.matches("version|reason|sectors|_sectors|skillLevel|targetGroup(En|Fr)"));
		fields.put("targetGroupEn", List.of("Young Cape Verdean professionals."));
		fields.put("sectors", List.of("ict"));
		MockHttpServletRequestBuilder save = post(path);
		fields.forEach((name, values) -> save.param(name, values.toArray(String[]::new)));
		save.param("summaryEn", "Smuggled in through another section's field.");
		assertThat(perform(save, luxembourg).getRedirectedUrl()).isEqualTo("/partnerships/" + slug);

		assertThat(stored("target_group_en")).isEqualTo("Young Cape Verdean professionals.");
		assertThat(stored("summary_en")).isEqualTo("The original summary.");
		assertThat(stored("budget_amount")).isEqualTo("1200.00");
		PartnershipForm after = partnershipEditor.formFor(slug, luxembourg);
		assertThat(after.getSectors()).containsExactly("ict");
		assertThat(after.getDestinationCountries()).containsExactly("LU");
		assertThat(after.getFigures()).hasSize(1);
		assertThat(after.getSources()).hasSize(1);
	}

	@Test
	void theOrganisationsAreAListOfCheckboxesForEachRoleSavedFromTheActorsPage() throws Exception {
		String path = "/partnerships/" + slug + "/edit/actors";
		Document page = page(get(path), luxembourg);
		assertThat(page.select("fieldset#organisations > legend").text()).isEqualTo("Organisations");
		assertThat(page.select("fieldset#organisations fieldset.choices").eachAttr("id"))
			.containsExactlyElementsOf(Arrays.stream(Involvement.Role.values()).map(role -> "organisations" + role).toList());
		assertThat(page.select("fieldset#organisationsFUNDER > legend").text()).isEqualTo("Funder");
		assertThat(page.select("fieldset#organisationsFUNDER .choices-filter input[type=search]").attr("aria-controls"))
			.isEqualTo("organisationsFUNDER-options");
		Element enabel = page.selectFirst("fieldset#organisationsFUNDER input[type=checkbox][value=enabel]");
		assertThat(page.select("label[for=" + enabel.id() + "]").text()).startsWith("Enabel");
		assertThat(page.select("select[name^=organisations]")).isEmpty();

		Map<String, List<String>> fields = BrowserFields.of(page.outerHtml(), path);
		fields.put("organisations[FUNDER]", List.of("enabel"));
		fields.put("organisations[PARTNER]", List.of("giz", "enabel"));
		assertThat(save(path, fields)).isEqualTo("/partnerships/" + slug);
		assertThat(involvements()).containsExactly("enabel FUNDER", "enabel PARTNER", "giz PARTNER");
		Document saved = page(get(path), luxembourg);
		assertThat(saved.select("fieldset#organisationsPARTNER input[checked]").eachAttr("value")).containsExactlyInAnyOrder("enabel", "giz");
		assertThat(saved.select("fieldset#organisationsFUNDER .chosen-list").text()).startsWith("Enabel");
		assertThat(saved.select("fieldset#organisationsIMPLEMENTER .chosen-list").text()).isEqualTo("none");

		// Each part ticked has a row for the source's sentence that supports it, kept by the section's save.
		assertThat(saved.select("textarea[name='roleEvidence[PARTNER:giz].evidenceEn']")).hasSize(1);
		Map<String, List<String>> sentence = BrowserFields.of(saved.outerHtml(), path);
		sentence.put("roleEvidence[PARTNER:giz].evidenceEn", List.of("GIZ takes part as a partner."));
		sentence.put("roleEvidence[PARTNER:giz].sourceLocator", List.of("Box 7"));
		assertThat(save(path, sentence)).isEqualTo("/partnerships/" + slug);
		assertThat(jdbc.sql("""
				SELECT o.evidence_en || ' | ' || o.source_locator FROM partnership_organisation o
				JOIN partnership p ON p.id = o.partnership_id WHERE p.slug = ? AND o.organisation_slug = 'giz'""")
			.param(slug).query(String.class).single()).isEqualTo("GIZ takes part as a partner. | Box 7");
		saved = page(get(path), luxembourg);
		assertThat(saved.select("textarea[name='roleEvidence[PARTNER:giz].evidenceEn']").text())
			.isEqualTo("GIZ takes part as a partner.");

		// Sent back as shown, in whatever order the boxes come: nothing changed, no revision.
		long revisions = jdbc.sql("SELECT count(*) FROM revision r JOIN partnership p ON r.entry_key = p.id::text WHERE p.slug = ?")
			.param(slug).query(Long.class).single();
		save(path, BrowserFields.of(saved.outerHtml(), path));
		assertThat(jdbc.sql("SELECT count(*) FROM revision r JOIN partnership p ON r.entry_key = p.id::text WHERE p.slug = ?")
			.param(slug).query(Long.class).single()).isEqualTo(revisions);

		// Every box unticked: only the lists' markers are sent, and no organisation is left.
		Map<String, List<String>> unticked = BrowserFields.of(saved.outerHtml(), path);
		unticked.keySet().removeIf(name -> name.startsWith("organisations["));
		save(path, unticked);
		assertThat(involvements()).isEmpty();
		assertThat(stored("summary_en")).isEqualTo("The original summary.");
	}

	private String save(String path, Map<String, List<String>> fields) throws Exception {
		MockHttpServletRequestBuilder save = post(path);
		fields.forEach((name, values) -> save.param(name, values.toArray(String[]::new)));
		return perform(save, luxembourg).getRedirectedUrl();
	}

	private List<String> involvements() {
		return jdbc.sql("""
				SELECT o.organisation_slug || ' ' || o.role FROM partnership_organisation o JOIN partnership p ON p.id = o.partnership_id
				WHERE p.slug = ? ORDER BY 1""").param(slug).query(String.class).list();
	}

	@Test
	void anUnknownSectionIsNotFound() throws Exception {
		assertThat(perform(get("/partnerships/" + slug + "/edit/everything"), luxembourg).getStatus()).isEqualTo(404);
		assertThat(perform(post("/partnerships/" + slug + "/edit/everything").param("summaryEn", "x"), luxembourg).getStatus())
			.isEqualTo(404);
		assertThat(stored("summary_en")).isEqualTo("The original summary.");
	}

	@Test
	void numbersAndDatesShowAsTheLanguageWritesThem() throws Exception {
		Document english = page(get("/partnerships/" + slug + "/edit/figures"), luxembourg);
		assertThat(english.select("input[name=figures[0].valueLow]").val()).isEqualTo("350");
		Document actors = page(get("/partnerships/" + slug + "/edit/actors"), luxembourg);
		assertThat(actors.select("input[name=budgetAmount]").val()).isEqualTo("1,200");
		Document french = page(get("/partnerships/" + slug + "/edit/actors").header("Accept-Language", "fr"), luxembourg);
		assertThat(french.select("input[name=budgetAmount]").val()).isEqualTo("1\u00a0200");

		// French as typed (a plain space), and the point the form always took.
		saveSection("actors", Map.of("budgetAmount", "2 500,5"), "fr");
		assertThat(stored("budget_amount")).isEqualTo("2500.50");
		saveSection("actors", Map.of("budgetAmount", "3000.25"), "fr");
		assertThat(stored("budget_amount")).isEqualTo("3000.25");
		saveSection("sources", Map.of("lastVerifiedOn", "31/03/2026"), "fr");
		assertThat(partnershipEditor.formFor(slug, luxembourg).getLastVerifiedOn()).isEqualTo(LocalDate.of(2026, 3, 31));
		Document sources = page(get("/partnerships/" + slug + "/edit/sources").header("Accept-Language", "fr"), luxembourg);
		assertThat(sources.select("input[name=lastVerifiedOn]").val()).isEqualTo("31 mars 2026");
		saveSection("sources", Map.of("lastVerifiedOn", "2026-04-01"), "en");
		assertThat(page(get("/partnerships/" + slug + "/edit/sources"), luxembourg).select("input[name=lastVerifiedOn]").val())
			.isEqualTo("1 April 2026");

		MockHttpServletResponse refused = saveSection("actors", Map.of("budgetAmount", "12,5"), "en");
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.getContentAsString()).select("#budgetAmount-error").text()).startsWith("Give a number");
		assertThat(Jsoup.parse(refused.getContentAsString()).select("input[name=budgetAmount]").val()).isEqualTo("12,5");
	}

	@Test
	void aFrenchOnlyEntryMadeWithTheFormShowsItsFrenchTextToEnglishReaders() throws Exception {
		PartnershipForm form = PartnershipMapping.newEntry("LU");
		form.setNameFr("Partenariat en français seulement " + System.nanoTime());
		form.setSummaryFr("Un résumé écrit en français.");
		form.setDestinationCountries(List.of("LU"));
		form.setOriginCountries(List.of("CV"));
		PartnershipForm.SourceRow source = new PartnershipForm.SourceRow();
		source.setSourceKey(eu.smpcatalogue.source.SourceDocument.EMN_INFORM);
		source.setLocator("p. 3");
		form.getSources().add(source);
		String location = perform(FormParams.of(post("/partnerships/new"), form), luxembourg).getRedirectedUrl();
		assertThat(location).startsWith("/partnerships/partenariat-en-francais-seulement-");
		Document page = Jsoup.parse(mvc.perform(get(location).header("Accept-Language", "en")).andReturn().getResponse().getContentAsString());
		assertThat(page.select("h1 span[lang=fr]").text()).isEqualTo(form.getNameFr());
		assertThat(page.select(".lead span[lang=fr]").text()).isEqualTo("Un résumé écrit en français.");
		assertThat(page.select("h1").text()).contains("(in French; no English translation yet)");
	}

	@Test
	void aNewEntryStartsWithTheContactPointsCountryCitesNothingAndGetsItsAddressFromItsName() throws Exception {
		Document contact = page(get("/partnerships/new"), luxembourg);
		assertThat(contact.select("select#reportingCountry option[selected]").val()).isEqualTo("LU");
		assertThat(contact.select("select[name^=sources] option[selected]").eachAttr("value")).allMatch(String::isEmpty);
		assertThat(contact.select("input#slug[data-slug-from]")).hasSize(1);
		Document admin = page(get("/partnerships/new"), TestEditors.administrator(accounts));
		assertThat(admin.select("select#reportingCountry option[selected]").eachAttr("value")).allMatch(String::isEmpty);

		String name = "Slug proposal test " + System.nanoTime();
		PartnershipForm form = Requests.form(name, "LU");
		form.setNameEn(name);
		form.setOriginCountries(List.of("CV"));
		String proposed = PartnershipEditor.slugOf(name);
		assertThat(perform(FormParams.of(post("/partnerships/new"), form), luxembourg).getRedirectedUrl())
			.isEqualTo("/partnerships/" + proposed);
		MockHttpServletResponse again = perform(FormParams.of(post("/partnerships/new"), form), luxembourg);
		Document refused = Jsoup.parse(again.getContentAsString());
		assertThat(refused.select("#slug-error").text()).isEqualTo("This address name is already used.");
		assertThat(refused.select("input#slug").val()).isEqualTo(proposed);
	}

	@Test
	void editLinksShowOnlyWhereThePersonMayEdit() throws Exception {
		Editor germany = TestEditors.contactPoint(accounts, "DE");
		Editor belgium = TestEditors.contactPoint(accounts, "BE");
		assertThat(page(get("/partnerships/palim"), germany).select("a[href=/partnerships/palim/edit]")).isEmpty();
		assertThat(page(get("/partnerships/palim"), belgium).select("a[href=/partnerships/palim/edit]")).hasSize(1);
		assertThat(page(get("/countries/BE"), germany).select("a[href=/countries/BE/edit]")).isEmpty();
		assertThat(page(get("/countries/BE"), belgium).select("a[href=/countries/BE/edit]")).hasSize(1);
		assertThat(page(get("/partnerships?q=palim"), belgium).select(".summary a[href=/partnerships/palim/edit]")).hasSize(1);
		assertThat(page(get("/partnerships?q=palim"), germany).select(".summary a[href=/partnerships/palim/edit]")).isEmpty();
		Document anonymous = Jsoup.parse(mvc.perform(get("/partnerships/palim")).andReturn().getResponse().getContentAsString());
		assertThat(anonymous.select("a[href=/partnerships/palim/edit]")).isEmpty();
	}

	@Test
	void aRefusalSaysWhoseEntryItIsAndHowToSuggestAChange() throws Exception {
		Editor germany = TestEditors.contactPoint(accounts, "DE");
		for (String path : List.of("/partnerships/palim/edit", "/partnerships/palim/edit/figures")) {
			MockHttpServletResponse refused = perform(get(path), germany);
			assertThat(refused.getStatus()).as(path).isEqualTo(403);
			Document page = Jsoup.parse(refused.getContentAsString());
			assertThat(page.select("main").text()).contains("Only the contact points of Belgium and administrators may edit this entry.")
				.doesNotContain("session");
			assertThat(page.select("a[href=/partnerships/palim/corrections/new]").text()).isEqualTo("suggest a correction");
			assertThat(page.select("a[href=/partnerships/palim]")).isNotEmpty();
		}
		Document french = Jsoup.parse(perform(get("/partnerships/palim/edit").header("Accept-Language", "fr"), germany)
			.getContentAsString());
		assertThat(french.select("main").text()).contains("Seuls les points de contact de Belgique et les administrateurs");
		assertThat(french.select("a[href=/partnerships/palim/corrections/new]").text()).isEqualTo("suggérer une correction");
		MockHttpServletResponse country = perform(get("/countries/BE/edit"), germany);
		assertThat(country.getStatus()).isEqualTo(403);
		assertThat(Jsoup.parse(country.getContentAsString()).select("main").text()).contains("Only the contact points of Belgium");
	}

	private MockHttpServletResponse saveSection(String section, Map<String, String> changes, String language) throws Exception {
		String path = "/partnerships/" + slug + "/edit/" + section;
		String html = perform(get(path).header("Accept-Language", language), luxembourg).getContentAsString();
		Map<String, List<String>> fields = BrowserFields.of(html, path);
		changes.forEach((name, value) -> fields.put(name, List.of(value)));
		MockHttpServletRequestBuilder save = post(path).header("Accept-Language", language);
		fields.forEach((name, values) -> save.param(name, values.toArray(String[]::new)));
		return perform(save, luxembourg);
	}

	private Document page(MockHttpServletRequestBuilder request, Editor editor) throws Exception {
		MockHttpServletResponse response = perform(request, editor);
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, Editor editor) throws Exception {
		return mvc.perform(request.with(user(editor)).with(csrf())).andReturn().getResponse();
	}

	private String stored(String column) {
		return jdbc.sql("SELECT " + column + "::text FROM partnership WHERE slug = ?")
			.param(slug)
			.query((row, n) -> row.getString(1))
			.single();
	}

}
