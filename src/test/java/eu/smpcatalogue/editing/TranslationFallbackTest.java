package eu.smpcatalogue.editing;

import java.util.List;

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
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An entry written in one language only is shown in that language to readers of the other, in an element
 * that says its language, with a visible note that the translation is missing; where both exist there is
 * no note.
 */
@CatalogueTest
class TranslationFallbackTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	PartnershipEditor partnershipEditor;

	private String slug;

	private String name;

	@BeforeEach
	void aPartnershipWrittenInEnglishOnly() {
		Editor editor = TestEditors.contactPoint(accounts, "LU");
		PartnershipForm form = PartnershipMapping.blank();
		name = "English-only pilot " + System.nanoTime();
		form.setNameEn(name);
		form.setSummaryEn("Training nurses in Luxembourg.");
		form.setTargetGroupEn("Young nurses from Cape Verde.");
		form.setReportingCountry("LU");
		form.setDestinationCountries(List.of("LU"));
		form.setOriginCountries(List.of("CV"));
		form.getSources().get(0).setLocator("Section 5.3");
		slug = partnershipEditor.create(form, editor).getSlug();
	}

	@Test
	void frenchReadersSeeTheEnglishTextMarkedAsSuch() throws Exception {
		Document detail = page("/partnerships/" + slug + "?lang=fr");
		Element title = detail.selectFirst("h1 span[lang=en]");
		assertThat(title).isNotNull();
		assertThat(title.text()).isEqualTo(name);
		assertThat(detail.select("h1 .translation-missing").first().wholeText())
			.isEqualTo("(en anglais\u00a0; pas encore de traduction française)");
		assertThat(detail.select(".lead span[lang=en]").text()).isEqualTo("Training nurses in Luxembourg.");
		assertThat(detail.select(".lead .translation-missing")).hasSize(1);
		assertThat(detail.select("dd span[lang=en]").text()).contains("Young nurses from Cape Verde.");
		// Country names exist in both languages: no note there.
		assertThat(detail.select("a[href=/countries/LU]").first().text()).isEqualTo("Luxembourg");
		assertThat(detail.select("a[href=/countries/CV] .translation-missing")).isEmpty();

		Document list = page("/partnerships?destination=LU&lang=fr");
		Element item = list.select(".result-list li").stream()
			.filter(li -> li.text().contains(name))
			.findFirst()
			.orElseThrow();
		assertThat(item.select("h3 span[lang=en]").text()).isEqualTo(name);
		assertThat(item.select(".translation-missing").text()).contains("pas encore de traduction française");
	}

	@Test
	void englishReadersSeeNoNote() throws Exception {
		Document detail = page("/partnerships/" + slug + "?lang=en");
		assertThat(detail.select("h1").text()).isEqualTo(name);
		assertThat(detail.select("h1 [lang]")).isEmpty();
		assertThat(detail.select(".translation-missing")).isEmpty();
	}

	/** Evidence and a figure's label may be written in French only, as a name or a summary may. */
	@Test
	void evidenceAndFigureLabelsInFrenchOnlyAreShownToEnglishReadersMarkedAsSuch() throws Exception {
		Editor editor = TestEditors.contactPoint(accounts, "LU");
		PartnershipForm form = PartnershipMapping.blank();
		form.setNameEn("French-evidence pilot " + System.nanoTime());
		form.setSummaryEn("Training care workers in Luxembourg.");
		form.setReportingCountry("LU");
		form.setDestinationCountries(List.of("LU"));
		form.setOriginCountries(List.of("CV"));
		form.getSources().get(0).setLocator("Section 5.3");
		form.getElements().get(2).setStatus("PRESENT");
		form.getElements().get(2).setEvidenceFr("Formation d’aides-soignants au Cap-Vert.");
		form.getFigures().add(ValidationTest.figure(null, "aides-soignants formés"));
		String frenchOnly = partnershipEditor.create(form, editor).getSlug();

		Document detail = page("/partnerships/" + frenchOnly + "?lang=en");
		Element training = detail.select(".elements-table tr").stream()
			.filter(row -> row.text().startsWith("Training"))
			.findFirst()
			.orElseThrow();
		assertThat(training.select("span[lang=fr]").text()).isEqualTo("Formation d’aides-soignants au Cap-Vert.");
		assertThat(training.select(".translation-missing")).hasSize(1);
		Element figure = detail.selectFirst(".figures-table tbody th");
		assertThat(figure.select("span[lang=fr]").text()).isEqualTo("aides-soignants formés");
		assertThat(figure.select(".translation-missing")).hasSize(1);

		Document french = page("/partnerships/" + frenchOnly + "?lang=fr");
		assertThat(french.select(".elements-table [lang], .figures-table [lang]")).isEmpty();
		assertThat(french.select(".figures-table tbody th").text()).isEqualTo("aides-soignants formés");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
	}

}
