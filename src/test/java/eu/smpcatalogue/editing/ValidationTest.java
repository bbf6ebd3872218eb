package eu.smpcatalogue.editing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every rule an edit must keep: the message appears next to the field, what the person typed is kept,
 * and nothing invalid is stored.
 */
@CatalogueTest
class ValidationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	PartnershipEditor partnershipEditor;

	@Autowired
	JdbcClient jdbc;

	private Editor administrator;

	@BeforeEach
	void administrator() {
		administrator = TestEditors.administrator(accounts);
	}

	@Test
	void anEndBeforeItsStart() throws Exception {
		assertRejected(form -> {
			form.setStartYear(2021);
			form.setEndYear(2019);
		}, "endYear", "The end comes before the start.");
	}

	@Test
	void aPartnershipWithoutDestination() throws Exception {
		assertRejected(form -> form.setDestinationCountries(List.of()), "destinationCountries",
				"Choose at least one destination country or region.");
	}

	@Test
	void aPartnershipWithoutOrigin() throws Exception {
		assertRejected(form -> form.setOriginCountries(List.of()), "originCountries",
				"Choose at least one origin country or region.");
	}

	@Test
	void anInvalidWebAddress() throws Exception {
		assertRejected(form -> {
			PartnershipForm.LinkRow link = new PartnershipForm.LinkRow();
			link.setCatalogue("OTHER");
			link.setUrl("javascript:alert(1)");
			form.getCatalogueLinks().add(link);
		}, "catalogueLinks0.url", "Give a full web address starting with http:// or https://.");
	}

	@Test
	void aSlugAlreadyTaken() throws Exception {
		PartnershipForm palim = partnershipEditor.formFor("palim", administrator);
		palim.setSlug("thamm");
		Document page = Jsoup.parse(mvc.perform(FormParams.of(post("/partnerships/palim/edit"), palim)
			.with(user(administrator))
			.with(csrf())).andReturn().getResponse().getContentAsString());
		assertThat(page.select(".field-error").text()).contains("This address name is already used.");
		assertThat(jdbc.sql("SELECT count(*) FROM partnership WHERE slug = 'palim'").query(Long.class).single()).isOne();
	}

	@Test
	void aPartnershipWithoutName() throws Exception {
		assertRejected(form -> {
			form.setNameEn("");
			form.setNameFr(" ");
		}, "nameEn", "Give a name, in English or in French.");
	}

	@Test
	void anElementPresentWithoutEvidence() throws Exception {
		assertRejected(form -> {
			form.getElements().get(2).setStatus("PRESENT");
			form.getElements().get(2).setEvidenceEn("");
			form.getElements().get(2).setEvidenceFr("");
		}, "elements2.evidenceEn", "Give the evidence from the source");
	}

	@Test
	void aFigureWithoutValueOrSource() throws Exception {
		assertRejected(form -> {
			PartnershipForm.FigureRow figure = new PartnershipForm.FigureRow();
			figure.setKind("TRAINED");
			figure.setMeasure("PLANNED");
			figure.setQualifier("EXACT");
			figure.setUnit("PEOPLE");
			figure.setLabelEn("people trained");
			form.getFigures().add(figure);
		}, "figures0.valueLow", "A figure needs its value.");
	}

	@Test
	void anUnknownCountryCode() throws Exception {
		assertRejected(form -> form.setOriginCountries(List.of("ZZ")), "originCountries", "Choose a value from the list.");
	}

	@Test
	void aYearOutOfRangeAndTextTooLong() throws Exception {
		assertRejected(form -> form.setStartYear(1492), "startYear", "");
		assertRejected(form -> form.setAcronym("X".repeat(41)), "acronym", "");
	}

	@Test
	void evidenceInFrenchOnlyIsAcceptedAsEnglishOnlyIs() throws Exception {
		PartnershipForm form = valid();
		form.getElements().get(2).setStatus("PRESENT");
		form.getElements().get(2).setEvidenceFr("Formation en soins infirmiers au Maroc.");
		assertCreated(form);
		assertThat(jdbc.sql("""
				SELECT coalesce(e.evidence_en, '(none)') || ' | ' || e.evidence_fr FROM partnership_element e
				JOIN partnership p ON p.id = e.partnership_id WHERE p.name_en = ? AND e.element = 'TRAINING'""")
			.param(form.getNameEn())
			.query(String.class)
			.single()).isEqualTo("(none) | Formation en soins infirmiers au Maroc.");
	}

	@Test
	void aFigureLabelledInFrenchOnlyIsAcceptedAsEnglishOnlyIs() throws Exception {
		PartnershipForm form = valid();
		form.getFigures().add(figure(null, "infirmières formées"));
		assertCreated(form);
		assertThat(jdbc.sql("""
				SELECT coalesce(f.label_en, '(none)') || ' | ' || f.label_fr FROM partnership_figure f
				JOIN partnership p ON p.id = f.partnership_id WHERE p.name_en = ?""")
			.param(form.getNameEn())
			.query(String.class)
			.single()).isEqualTo("(none) | infirmières formées");
	}

	@Test
	void aLanguageTagOfMoreThanEightCharactersIsKeptUpToThirtyFive() throws Exception {
		PartnershipForm form = valid();
		PartnershipForm.AlternativeNameRow serbian = new PartnershipForm.AlternativeNameRow();
		serbian.setName("Partnerstvo za veštine");
		serbian.setLanguage("sr-Latn-RS");
		form.getAlternativeNames().add(serbian);
		assertCreated(form);
		assertThat(jdbc.sql("""
				SELECT a.language FROM partnership_alternative_name a JOIN partnership p ON p.id = a.partnership_id
				WHERE p.name_en = ?""").param(form.getNameEn()).query(String.class).single()).isEqualTo("sr-Latn-RS");

		Document page = assertRejected(f -> {
			PartnershipForm.AlternativeNameRow row = new PartnershipForm.AlternativeNameRow();
			row.setName("Partnerstvo");
			row.setLanguage("sr-Latn-RS-abcdefgh-abcdefgh-abcdefgh");
			f.getAlternativeNames().add(row);
		}, "alternativeNames0.language", "Too long: at most 35 characters.");
		assertThat(page.getElementById("alternativeNames0.language").val()).isEqualTo("sr-Latn-RS-abcdefgh-abcdefgh-abcdefgh");
	}

	@Test
	void aLanguageWithoutItsNameIsRefused() throws Exception {
		assertRejected(form -> {
			PartnershipForm.AlternativeNameRow row = new PartnershipForm.AlternativeNameRow();
			row.setLanguage("fr");
			form.getAlternativeNames().add(row);
		}, "alternativeNames0.name", "Give the name, or clear its language.");
	}

	@Test
	void aLastVerifiedDateOutsideTheCatalogueSpanIsRefusedAndKept() throws Exception {
		for (LocalDate date : List.of(LocalDate.of(-5000, 1, 1), LocalDate.MAX, LocalDate.of(1899, 12, 31))) {
			Document page = assertRejected(form -> form.setLastVerifiedOn(date), "lastVerifiedOn",
					"Give a date between 1900 and 2100.");
			// Kept, as the form shows dates: the way the language writes them.
			assertThat(page.getElementById("lastVerifiedOn").val()).isEqualTo(new TypedValues.Day().print(date, Locale.ENGLISH));
		}
	}

	@Test
	void aOneMegabyteDescriptionIsRefusedNextToItsFieldAndKept() throws Exception {
		String megabyte = "Un long texte. ".repeat(70_000).substring(0, 1_000_000);
		Document page = assertRejected(form -> form.setDescriptionFr(megabyte), "descriptionFr",
				"Too long: at most 20,000 characters.");
		assertThat(page.getElementById("descriptionFr").wholeText()).isEqualTo(megabyte);
	}

	@Test
	void theSameOrganisationTwiceInOneRoleIsRefused() throws Exception {
		assertRejected(form -> form.getOrganisations().put("IMPLEMENTER", new ArrayList<>(List.of("enabel", "enabel"))),
				"organisationsIMPLEMENTER", "This row repeats an earlier one: remove it.");
	}

	@Test
	void organisationsUnderANameThatIsNoRoleAreRefused() throws Exception {
		assertRejected(form -> form.getOrganisations().put("SPONSOR", new ArrayList<>(List.of("enabel"))), "organisations",
				"Choose a value from the list.");
	}

	@Test
	void freeTextIsStoredAsTypedAndShownEscaped() throws Exception {
		PartnershipForm form = valid();
		form.setSummaryEn("<script>alert('x')</script> & “quotes”");
		String location = mvc.perform(FormParams.of(post("/partnerships/new"), form).with(user(administrator)).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(jdbc.sql("SELECT summary_en FROM partnership WHERE name_en = ?").param(form.getNameEn())
			.query(String.class).single()).isEqualTo("<script>alert('x')</script> & “quotes”");
		String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(location))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
	}

	@Test
	void aNulCharacterInATextFieldIsNoServerError() throws Exception {
		PartnershipForm form = valid();
		form.setSummaryEn("A summary with a NUL\u0000 character.");
		int status = mvc.perform(FormParams.of(post("/partnerships/new"), form).with(user(administrator)).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(302);
		assertThat(jdbc.sql("SELECT summary_en FROM partnership WHERE name_en = ?").param(form.getNameEn())
			.query(String.class).single()).isEqualTo("A summary with a NUL character.");
	}

	private Document assertRejected(Consumer<PartnershipForm> change, String fieldId, String message) throws Exception {
		PartnershipForm form = valid();
		change.accept(form);
		long before = count();
		MockHttpServletResponse response = mvc
			.perform(FormParams.of(post("/partnerships/new"), form).with(user(administrator)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(fieldId).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select(".error-summary").text()).as(fieldId).contains("There is a problem");
		assertThat(page.select(".error-summary a").eachAttr("href")).as(fieldId).contains("#" + fieldId);
		Element field = page.getElementById(fieldId);
		assertThat(field).as(fieldId).isNotNull();
		assertThat(field.closest(".field, td, .element-row, .choices").select(".field-error").text()).as("next to " + fieldId)
			.contains(message);
		assertThat(page.select("input[name=nameFr]").val()).isEqualTo(form.getNameFr());
		assertThat(count()).isEqualTo(before);
		return page;
	}

	private void assertCreated(PartnershipForm form) throws Exception {
		MockHttpServletResponse response = mvc
			.perform(FormParams.of(post("/partnerships/new"), form).with(user(administrator)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(Jsoup.parse(response.getContentAsString()).select(".field-error").eachText()).isEmpty();
		assertThat(response.getStatus()).isEqualTo(302);
	}

	static PartnershipForm.FigureRow figure(String labelEn, String labelFr) {
		PartnershipForm.FigureRow figure = new PartnershipForm.FigureRow();
		figure.setKind("TRAINED");
		figure.setMeasure("PLANNED");
		figure.setQualifier("EXACT");
		figure.setUnit("PEOPLE");
		figure.setValueLow(BigDecimal.valueOf(40));
		figure.setLabelEn(labelEn);
		figure.setLabelFr(labelFr);
		figure.setSourceKey("emn-inform-smp-2022");
		figure.setSourceLocator("Section 5.3");
		return figure;
	}

	private PartnershipForm valid() {
		PartnershipForm form = PartnershipMapping.blank();
		form.setNameEn("Validation test " + System.nanoTime());
		form.setNameFr("Test de validation");
		form.setSummaryEn("A partnership for the validation test.");
		form.setReportingCountry("FR");
		form.setDestinationCountries(List.of("FR"));
		form.setOriginCountries(List.of("IN"));
		form.getSources().get(0).setLocator("Section 5.3");
		return form;
	}

	private long count() {
		return jdbc.sql("SELECT count(*) FROM partnership").query(Long.class).single();
	}

}
