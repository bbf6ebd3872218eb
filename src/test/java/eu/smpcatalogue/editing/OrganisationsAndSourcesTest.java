package eu.smpcatalogue.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import jakarta.persistence.EntityManager;
import jakarta.servlet.http.Cookie;
import jakarta.persistence.PersistenceContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Organisations and source documents that editors add: possible duplicates offered first, bad input
 * answered with messages in both languages, a partnership form kept as a draft meanwhile; administrators
 * (only) merge two into one, moving every reference, with a revision in each partnership's history. Each
 * test makes its own data and is rolled back.
 */
@CatalogueTest
@Transactional
class OrganisationsAndSourcesTest {

	@Autowired
	MockMvc mvc;

	@PersistenceContext
	EntityManager entityManager;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	private Requests requests;

	private Editor belgium;

	private Editor administrator;

	@BeforeEach
	void editors() {
		requests = new Requests(mvc, entityManager);
		belgium = TestEditors.contactPoint(accounts, "BE");
		administrator = TestEditors.administrator(accounts);
	}

	// ── Possible duplicates ─────────────────────────────────────────────────────────────────────────

	@Test
	void theSameNameWithoutItsAccentsIsOfferedBeforeANewOneIsAdded() throws Exception {
		String slug = addOrganisation(belgium, "nameEn", "Deutsche Gesellschaft für Internationale Zusammenarbeit Testamt",
				"kind", "DEVELOPMENT_AGENCY", "country", "DE", "website", "https://www.testamt.example/de/");
		assertThat(slug).isEqualTo("deutsche-gesellschaft-fur-internationale-zusammenarbeit-testamt");

		MockHttpServletResponse offer = postOrganisation(belgium, "en", "nameEn",
				"DEUTSCHE GESELLSCHAFT FUR INTERNATIONALE ZUSAMMENARBEIT  testamt", "kind", "DEVELOPMENT_AGENCY");
		assertThat(offer.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(offer.getContentAsString());
		assertThat(page.select(".duplicates h2").text()).isEqualTo("Did you mean one of these?");
		assertThat(page.select(".duplicate").text()).contains("Deutsche Gesellschaft für Internationale Zusammenarbeit Testamt",
				"Germany", "https://www.testamt.example/de/", "Why: same name");
		assertThat(page.select("form[action=/organisations/new] button[type=submit]").text()).isEqualTo("Add it anyway");
		assertThat(page.select("input[name=offered]").eachAttr("value")).containsExactly(slug);
		assertThat(page.select("input[name=nameEn]").val()).isEqualTo("DEUTSCHE GESELLSCHAFT FUR INTERNATIONALE ZUSAMMENARBEIT  testamt");
		assertThat(page.select(".error-summary")).isEmpty();
		assertThat(organisationsNamed("%TESTAMT")).isEqualTo(1);

		Document website = Jsoup.parse(postOrganisation(belgium, "fr", "nameEn", "Another name altogether", "kind", "NGO",
				"website", "http://testamt.example/de").getContentAsString());
		assertThat(website.select(".duplicates h2").text()).isEqualTo("Vouliez-vous dire l’un de ceux-ci ?");
		assertThat(website.select(".duplicate").text()).contains("Pourquoi : même site web");

		// Added anyway, once the editor has seen the possible duplicate.
		MockHttpServletResponse anyway = postOrganisation(belgium, "en", "nameEn",
				"Deutsche Gesellschaft fur Internationale Zusammenarbeit Testamt", "kind", "DEVELOPMENT_AGENCY", "offered", slug);
		assertThat(anyway.getRedirectedUrl()).isEqualTo("/account");
		assertThat(organisationsNamed("%TESTAMT")).isEqualTo(2);
		assertThat(jdbc.sql("SELECT slug FROM organisation WHERE name_en = 'Deutsche Gesellschaft fur Internationale Zusammenarbeit Testamt'")
			.query(String.class)
			.single()).isEqualTo(slug + "-2");
	}

	@Test
	void theSameAcronymIsOfferedEvenTypedAsTheName() throws Exception {
		for (String[] typed : new String[][] { { "acronym", "giz" }, { "nameFr", "GiZ" } }) {
			Document page = Jsoup.parse(postOrganisation(belgium, "en", typed[0], typed[1], "nameEn", typed[0].equals("acronym")
					? "A German agency" : "", "kind", "DEVELOPMENT_AGENCY").getContentAsString());
			assertThat(page.select(".duplicate").text()).as(typed[0]).contains("GIZ, German development agency", "same acronym");
		}
		assertThat(organisationsNamed("A German agency")).isZero();
	}

	@Test
	void addingAnywayCoversOnlyTheDuplicatesShown() throws Exception {
		Document page = Jsoup.parse(postOrganisation(belgium, "en", "nameEn", "A German agency", "acronym", "GIZ", "kind",
				"DEVELOPMENT_AGENCY", "offered", "enabel").getContentAsString());
		assertThat(page.select(".duplicate").text()).contains("GIZ, German development agency");
		assertThat(organisationsNamed("A German agency")).isZero();
	}

	@Test
	void aDocumentWithTheSameTitleOrAddressIsOffered() throws Exception {
		Document title = Jsoup.parse(postSource(belgium, "en", "title", "what would make global skills partnerships work in practice")
			.getContentAsString());
		assertThat(title.select(".duplicate").text()).contains("What would make Global Skills Partnerships work in practice?", "OECD",
				"same title");
		Document address = Jsoup.parse(postSource(belgium, "en", "title", "OECD policy debate 15", "url",
				"http://www.oecd.org/els/mig/migration-policy-debate-15.pdf/").getContentAsString());
		assertThat(address.select(".duplicate").text()).contains("same web address");
		assertThat(jdbc.sql("SELECT count(*) FROM source_document WHERE title = 'OECD policy debate 15'").query(Long.class).single())
			.isZero();
	}

	// ── Bad input ───────────────────────────────────────────────────────────────────────────────────

	@Test
	void badInputGetsAMessageNextToEachFieldInBothLanguages() throws Exception {
		long organisations = count("organisation");
		Document page = Jsoup.parse(postOrganisation(belgium, "en", "nameEn", " ", "nameFr", "", "kind", "SPONSOR", "country", "ZZ",
				"website", "javascript:alert(1)", "acronym", "A".repeat(41)).getContentAsString());
		assertThat(page.select("#nameEn-error").text()).isEqualTo("Give a name, in English or in French.");
		assertThat(page.select("#kind-error").text()).isEqualTo("Choose a value from the list.");
		assertThat(page.select("#country-error").text()).isEqualTo("Choose a value from the list.");
		assertThat(page.select("#website-error").text()).isEqualTo("Give a full web address starting with http:// or https://.");
		assertThat(page.select("#acronym-error").text()).isEqualTo("Too long: at most 40 characters.");
		assertThat(page.select(".error-summary a").eachAttr("href")).containsExactlyInAnyOrder("#nameEn", "#kind", "#country",
				"#website", "#acronym");
		assertThat(page.select("input[name=website]").val()).isEqualTo("javascript:alert(1)");
		assertThat(count("organisation")).isEqualTo(organisations);

		long documents = count("source_document");
		Document french = Jsoup.parse(postSource(belgium, "fr", "title", "", "published", "2021-02-30", "language", "French", "url",
				"ftp://example.org/a").getContentAsString());
		assertThat(french.select("#title-error").text()).isEqualTo("Indiquez le titre du document.");
		assertThat(french.select("#published-error").text()).startsWith("Indiquez la date sous la forme d’une année");
		assertThat(french.select("#language-error").text()).isEqualTo("Utilisez un code de langue, par exemple fr, es ou en.");
		assertThat(french.select("#url-error").text()).startsWith("Indiquez une adresse web complète");
		assertThat(french.select("input[name=published]").val()).isEqualTo("2021-02-30");
		assertThat(count("source_document")).isEqualTo(documents);
	}

	@Test
	void aDocumentIsAddedWithItsDateAndLanguage() throws Exception {
		MockHttpServletResponse added = postSource(administrator, "en", "title", "Évaluation du projet pilote", "publisher",
				"Enabel", "published", "2023-06", "url", "https://example.org/evaluation.pdf", "language", "fr");
		assertThat(added.getRedirectedUrl()).isEqualTo("/admin/sources");
		assertThat(jdbc.sql("SELECT key || ' ' || published || ' ' || language FROM source_document WHERE title = 'Évaluation du projet pilote'")
			.query(String.class)
			.single()).isEqualTo("evaluation-du-projet-pilote 2023-06 fr");
	}

	// ── The partnership form waits as a draft ────────────────────────────────────────────────────────

	@Test
	void aDraftComesBackAsTypedWithTheNewOrganisationChosen() throws Exception {
		PartnershipForm form = Requests.form("Drafted", "BE");
		form.setStartYear(2024);
		form.getOrganisations().put("FUNDER", new ArrayList<>(List.of("enabel")));
		MockHttpServletResponse asked = inSession(FormParams.of(post("/partnerships/new"), form)
			.param("startMonth", "thirteenth")
			.param("addOrganisation", "")
			.with(user(belgium))
			.with(csrf()));
		assertThat(asked.getRedirectedUrl()).matches("/organisations/new\\?draft=[0-9a-f]{32}");
		String draft = asked.getRedirectedUrl().substring(asked.getRedirectedUrl().indexOf('=') + 1);
		assertThat(count("partnership WHERE name_en = '" + form.getNameEn() + "'")).isZero();

		Document organisationPage = Jsoup.parse(inSession(get(asked.getRedirectedUrl()).with(user(belgium))).getContentAsString());
		assertThat(organisationPage.select("form[action=/organisations/new] input[name=draft]").val()).isEqualTo(draft);
		assertThat(organisationPage.select("a[href=/partnerships/new?draft=" + draft + "]").text())
			.isEqualTo("Cancel and go back to the partnership form");

		MockHttpServletResponse created = inSession(post("/organisations/new").param("nameEn", "Draft Training Institute")
			.param("kind", "TRAINING_PROVIDER")
			.param("country", "BE")
			.param("draft", draft)
			.with(user(belgium))
			.with(csrf()));
		assertThat(created.getRedirectedUrl())
			.isEqualTo("/partnerships/new?draft=" + draft + "&organisation=draft-training-institute");

		Document back = Jsoup.parse(inSession(get(created.getRedirectedUrl()).with(user(belgium))).getContentAsString());
		assertThat(back.select("input[name=nameEn]").val()).isEqualTo(form.getNameEn());
		assertThat(back.select("textarea[name=summaryEn]").text()).isEqualTo(form.getSummaryEn());
		assertThat(back.select("input[type=checkbox][name=destinationCountries][checked]").eachAttr("value")).containsExactly("BE");
		assertThat(back.select("input[name=startYear]").val()).isEqualTo("2024");
		// What could not be read comes back as typed, with its message.
		assertThat(back.select("input[name=startMonth]").val()).isEqualTo("thirteenth");
		assertThat(back.select("#startMonth-error").text()).isEqualTo("Give a month as a number from 1 to 12.");
		// The organisations ticked before stay ticked; the new one is ticked among the implementers.
		assertThat(back.select("input[type=checkbox][name=organisations[FUNDER]][checked]").eachAttr("value")).containsExactly("enabel");
		assertThat(back.select("input[type=checkbox][name=organisations[IMPLEMENTER]][checked]").eachAttr("value"))
			.containsExactly("draft-training-institute");
		assertThat(back.select("fieldset#organisationsIMPLEMENTER legend").text()).isEqualTo("Implementer");
		assertThat(back.select("fieldset#organisationsIMPLEMENTER .chosen-list").text()).isEqualTo("Draft Training Institute");
		assertThat(back.select(".flash").text()).contains("The organisation is ticked among the implementers");
	}

	@Test
	void anUnknownDraftShowsTheFormAsItIsAndSaysSo() throws Exception {
		Document page = Jsoup.parse(requests.perform(get("/partnerships/new?draft=0123&organisation=giz").with(user(belgium)))
			.getContentAsString());
		assertThat(page.select(".flash").text()).contains("The form you were filling in is no longer kept");
		assertThat(page.select("input[name=nameEn]").val()).isEmpty();
		assertThat(page.select("input[type=checkbox][name^=organisations][checked]")).isEmpty();
	}

	@Test
	void nobodyDraftsAnotherCountrysEntry() throws Exception {
		MockHttpServletResponse response = requests.perform(post("/partnerships/thamm-germany/edit").param("addSource", "")
			.param("summaryEn", "Crafted")
			.with(user(belgium))
			.with(csrf()));
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(requests.perform(get("/partnerships/thamm-germany/edit?draft=0123").with(user(belgium))).getStatus())
			.isEqualTo(403);
	}

	@Test
	void hostileDraftAddressesAreAnsweredCleanly() throws Exception {
		for (String value : List.of("' OR '1'='1", "<script>alert(1)</script>", "../../etc/passwd", "x".repeat(5000), "\u0000")) {
			for (String path : List.of("/partnerships/new", "/partnerships/palim/edit", "/organisations/new", "/sources/new")) {
				MockHttpServletResponse response = requests.perform(get(path).param("draft", value)
					.param("organisation", value)
					.param("source", value)
					.with(user(belgium)));
				assertThat(response.getStatus()).as(path).isEqualTo(200);
				assertThat(response.getContentAsString()).as(path).doesNotContain("<script>alert(1)");
			}
		}
	}

	// ── Merging, administrators only ─────────────────────────────────────────────────────────────────

	@Test
	void aContactPointCannotMerge() throws Exception {
		String merged = addOrganisation(administrator, "nameEn", "Contact point merge A", "kind", "NGO");
		String kept = addOrganisation(administrator, "nameEn", "Contact point merge B", "kind", "NGO");
		for (MockHttpServletRequestBuilder request : List.of(get("/admin/organisations"), get("/admin/sources"),
				post("/admin/organisations/merge").param("merged", merged).param("kept", kept).param("confirmed", "true").with(csrf()),
				post("/admin/sources/merge").param("merged", "oecd-gsp-2018")
					.param("kept", "emn-website")
					.param("confirmed", "true")
					.with(csrf()))) {
			assertThat(requests.perform(request.with(user(belgium))).getStatus()).isEqualTo(403);
		}
		assertThat(count("organisation WHERE slug IN ('" + merged + "', '" + kept + "')")).isEqualTo(2);
		assertThat(count("source_document WHERE key = 'oecd-gsp-2018'")).isOne();
	}

	@Test
	void anAdministratorMergesTwoOrganisationsAndEveryReferenceMoves() throws Exception {
		String merged = addOrganisation(belgium, "nameEn", "Merge test agency", "acronym", "MTA", "kind", "DEVELOPMENT_AGENCY");
		String kept = addOrganisation(belgium, "nameFr", "Agence de test des fusions", "kind", "DEVELOPMENT_AGENCY");
		PartnershipForm one = Requests.form("Merge one", "BE");
		one.getOrganisations().put("IMPLEMENTER", new ArrayList<>(List.of(merged)));
		one.getOrganisations().put("FUNDER", new ArrayList<>(List.of(kept)));
		PartnershipForm two = Requests.form("Merge two", "BE");
		two.getOrganisations().put("IMPLEMENTER", new ArrayList<>(List.of(merged, kept)));
		two.getOrganisations().put("PARTNER", new ArrayList<>(List.of("enabel")));
		String first = requests.create(belgium, one);
		String second = requests.create(belgium, two);
		long version = catalogueVersion();

		Document preview = Jsoup.parse(mergeOrganisations(merged, kept, false).getContentAsString());
		assertThat(preview.select(".duplicates h2").text()).isEqualTo("Merge \"Merge test agency\" into \"Agence de test des fusions\"?");
		assertThat(preview.select(".duplicates a[href^=/partnerships/]").eachText()).containsExactly(first, second);
		assertThat(count("partnership_organisation WHERE organisation_slug = '" + merged + "'")).isEqualTo(2);

		MockHttpServletResponse done = mergeOrganisations(merged, kept, true);
		assertThat(done.getRedirectedUrl()).isEqualTo("/admin/organisations");
		assertThat(count("organisation WHERE slug = '" + merged + "'")).isZero();
		assertThat(involvements(first)).containsExactlyInAnyOrder(kept + " FUNDER", kept + " IMPLEMENTER");
		// The same organisation in the same role twice is kept once.
		assertThat(involvements(second)).containsExactlyInAnyOrder(kept + " IMPLEMENTER", "enabel PARTNER");
		assertThat(catalogueVersion()).isGreaterThan(version);

		for (String slug : List.of(first, second)) {
			Document history = requests.page("/partnerships/" + slug + "/history");
			assertThat(history.select("tbody tr").first().text()).contains("Duplicate merged", administrator.displayName(),
					"Organisations");
		}
		assertThat(requests.page("/changes").text()).contains("Duplicate merged");
		Document detail = requests.page("/partnerships/" + second);
		assertThat(detail.text()).contains("Agence de test des fusions").doesNotContain("Merge test agency");
		assertThat(requests.perform(get("/admin/organisations?lang=fr").with(user(administrator))).getContentAsString())
			.contains("Agence de test des fusions")
			.doesNotContain("Merge test agency");
	}

	@Test
	void anAdministratorMergesTwoDocumentsForSourcesFiguresAndCountries() throws Exception {
		String merged = addSource("Merge test report (draft)", "https://example.org/merge-report-draft.pdf");
		String kept = addSource("Merge test report", "https://example.org/merge-report.pdf");
		PartnershipForm form = Requests.form("Merge sources", "BE");
		form.getSources().add(source(merged, "p. 4"));
		form.getSources().add(source(kept, "p. 4"));
		form.getSources().add(source(merged, "p. 9"));
		PartnershipForm.FigureRow figure = new PartnershipForm.FigureRow();
		figure.setKind("TRAINED");
		figure.setMeasure("PLANNED");
		figure.setQualifier("EXACT");
		figure.setValueLow(java.math.BigDecimal.TEN);
		figure.setUnit("PEOPLE");
		figure.setLabelEn("people trained");
		figure.setSourceKey(merged);
		figure.setSourceLocator("Table 2");
		form.getFigures().add(figure);
		form.involve(new PartnershipForm.OrganisationRow("enabel", "TRAINING_PROVIDER", "Enabel trains the participants.",
				null, merged, "p. 12"));
		String slug = requests.create(belgium, form);
		jdbc.sql("INSERT INTO country_source (country_code, position, source_key, locator) "
				+ "SELECT 'LU', coalesce(max(position), 0) + 1, ?, 'Annex' FROM country_source WHERE country_code = 'LU'")
			.param(merged)
			.update();

		Document preview = Jsoup.parse(requests.perform(post("/admin/sources/merge").param("merged", merged)
			.param("kept", kept)
			.with(user(administrator))
			.with(csrf())).getContentAsString());
		assertThat(preview.select(".duplicates").text()).contains("1 partnership will refer to \"Merge test report\"",
				"1 country cites it too, in its entry: LU.");

		assertThat(requests.perform(post("/admin/sources/merge").param("merged", merged)
			.param("kept", kept)
			.param("confirmed", "true")
			.with(user(administrator))
			.with(csrf())).getRedirectedUrl()).isEqualTo("/admin/sources");
		assertThat(count("source_document WHERE key = '" + merged + "'")).isZero();
		assertThat(jdbc.sql("""
				SELECT s.source_key || ' ' || s.locator FROM partnership_source s JOIN partnership p ON p.id = s.partnership_id
				WHERE p.slug = ? AND s.source_key <> 'emn-inform-smp-2022' ORDER BY s.position""").param(slug).query(String.class).list())
			.containsExactly(kept + " p. 4", kept + " p. 9");
		assertThat(jdbc.sql("SELECT f.source_key FROM partnership_figure f JOIN partnership p ON p.id = f.partnership_id WHERE p.slug = ?")
			.param(slug)
			.query(String.class)
			.single()).isEqualTo(kept);
		assertThat(jdbc.sql("""
				SELECT o.source_key || ' ' || o.source_locator FROM partnership_organisation o JOIN partnership p ON p.id = o.partnership_id
				WHERE p.slug = ? AND o.role = 'TRAINING_PROVIDER'""").param(slug).query(String.class).single())
			.isEqualTo(kept + " p. 12");
		assertThat(count("country_source WHERE country_code = 'LU' AND source_key = '" + kept + "' AND locator = 'Annex'")).isOne();
		assertThat(requests.page("/countries/LU").text()).doesNotContain("Merge test report (draft)");
		assertThat(requests.page("/partnerships/" + slug + "/history").select("tbody tr").first().text()).contains("Duplicate merged",
				"Sources", "Figures");
	}

	@Test
	void mergesAreCheckedFirst() throws Exception {
		Document same = Jsoup.parse(mergeOrganisations("enabel", "enabel", true).getContentAsString());
		assertThat(same.select("#kept-error").text()).isEqualTo("Choose two different ones.");
		Document unknown = Jsoup.parse(mergeOrganisations("no-such-organisation", "", true).getContentAsString());
		assertThat(unknown.select(".error-summary a").eachAttr("href")).containsExactlyInAnyOrder("#merged", "#kept");
		Document inform = Jsoup.parse(requests.perform(post("/admin/sources/merge").param("merged", "emn-inform-smp-2022")
			.param("kept", "emn-website")
			.param("confirmed", "true")
			.header("Accept-Language", "fr")
			.with(user(administrator))
			.with(csrf())).getContentAsString());
		assertThat(inform.select("#merged-error").text()).startsWith("La note de synthèse (Inform) du REM est la source de chaque fiche");
		assertThat(count("organisation WHERE slug = 'enabel'")).isOne();
		assertThat(count("source_document WHERE key = 'emn-inform-smp-2022'")).isOne();
	}

	/** A merge moves the references it knows of: a new foreign key to either table must be taught to it. */
	@Test
	void everyForeignKeyToAnOrganisationOrADocumentIsOneTheMergeMoves() {
		Set<String> references = jdbc.sql("""
				SELECT c.relname || '.' || a.attname || ' → ' || t.relname
				FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class t ON t.oid = k.confrelid
				JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
				WHERE k.contype = 'f' AND t.relname IN ('organisation', 'source_document')""")
			.query(String.class)
			.list()
			.stream()
			.collect(Collectors.toSet());
		assertThat(references).containsExactlyInAnyOrder("partnership_organisation.organisation_slug → organisation",
				"partnership_source.source_key → source_document", "partnership_figure.source_key → source_document",
				"partnership_organisation.source_key → source_document", "country_source.source_key → source_document",
				"partnership_recognition.body_slug → organisation");
	}

	// ── Helpers ─────────────────────────────────────────────────────────────────────────────────────

	/** The session (kept in the database) that the catalogue's cookie names, as a browser keeps it. */
	private Cookie session;

	private MockHttpServletResponse inSession(MockHttpServletRequestBuilder request) throws Exception {
		if (session != null) {
			request.cookie(session);
		}
		MockHttpServletResponse response = requests.perform(request);
		if (response.getCookie("SESSION") != null) {
			session = response.getCookie("SESSION");
		}
		return response;
	}

	private MockHttpServletResponse postOrganisation(Editor editor, String language, String... fields) throws Exception {
		return requests.perform(params(post("/organisations/new").header("Accept-Language", language), fields).with(user(editor))
			.with(csrf()));
	}

	private MockHttpServletResponse postSource(Editor editor, String language, String... fields) throws Exception {
		return requests.perform(params(post("/sources/new").header("Accept-Language", language), fields).with(user(editor))
			.with(csrf()));
	}

	/** Adds an organisation through the form (no possible duplicate expected) and answers its slug. */
	private String addOrganisation(Editor editor, String... fields) throws Exception {
		MockHttpServletResponse response = postOrganisation(editor, "en", fields);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
		return jdbc.sql("SELECT slug FROM organisation WHERE coalesce(name_en, name_fr) = ?")
			.param(fields[1])
			.query(String.class)
			.single();
	}

	private String addSource(String title, String url) throws Exception {
		MockHttpServletResponse response = postSource(belgium, "en", "title", title, "url", url);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
		return jdbc.sql("SELECT key FROM source_document WHERE title = ?").param(title).query(String.class).single();
	}

	private MockHttpServletResponse mergeOrganisations(String merged, String kept, boolean confirmed) throws Exception {
		return requests.perform(post("/admin/organisations/merge").param("merged", merged)
			.param("kept", kept)
			.param("confirmed", Boolean.toString(confirmed))
			.with(user(administrator))
			.with(csrf()));
	}

	private static MockHttpServletRequestBuilder params(MockHttpServletRequestBuilder request, String... fields) {
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request;
	}

	private static PartnershipForm.SourceRow source(String key, String locator) {
		PartnershipForm.SourceRow row = new PartnershipForm.SourceRow();
		row.setSourceKey(key);
		row.setLocator(locator);
		return row;
	}

	private List<String> involvements(String slug) {
		return jdbc.sql("""
				SELECT o.organisation_slug || ' ' || o.role FROM partnership_organisation o JOIN partnership p ON p.id = o.partnership_id
				WHERE p.slug = ?""").param(slug).query(String.class).list();
	}

	private long organisationsNamed(String pattern) {
		return count("organisation WHERE upper(name_en) LIKE upper('" + pattern + "')");
	}

	private long count(String tableAndCondition) {
		return jdbc.sql("SELECT count(*) FROM " + tableAndCondition).query(Long.class).single();
	}

	private long catalogueVersion() {
		return jdbc.sql("SELECT version FROM catalogue_version").query(Long.class).single();
	}

}
