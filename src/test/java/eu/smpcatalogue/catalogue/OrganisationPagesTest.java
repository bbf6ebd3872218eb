package eu.smpcatalogue.catalogue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.smpcatalogue.CatalogueTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The organisations as a reader finds them: the list narrowed by kind, country, role and words, through a
 * plain GET form; an organisation's page with its names, kind, country and partnerships by role, each role
 * with the source's sentence; the partnership page with its organisations by role.
 */
@CatalogueTest
class OrganisationPagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theListNamesEveryOrganisationAndItsFormNarrowsItWithoutScript() throws Exception {
		Document all = page("/organisations?lang=en", 200);
		assertThat(all.select("h1").text()).isEqualTo("Organisations");
		Element form = all.selectFirst("form.organisations-form");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.select("select[name=kind] option, select[name=role] option, select[name=country] option, input[name=q]"))
			.isNotEmpty();
		assertThat(form.select("select[name=role] option").eachText()).contains("Commissioning authority",
				"Training provider", "Recognition body", "Placement or recruitment", "Employer");
		List<String> names = names(all);
		assertThat(names).contains("GIZ, German development agency", "Irish Aid, Ireland's official programme of cooperation with other countries",
				"Universities and institutes of technology in Ireland");

		assertThat(names(page("/organisations?role=COMMISSIONING_AUTHORITY&lang=en", 200)))
			.containsExactly("German Federal Ministry for Economic Cooperation and Development");
		assertThat(names(page("/organisations?kind=PUBLIC_EMPLOYMENT_SERVICE&lang=en", 200)))
			.contains("German Federal Employment Agency", "Employment Agency of the Republic of Kosovo")
			.doesNotContain("GIZ, German development agency");
		List<String> german = names(page("/organisations?country=DE&lang=en", 200));
		assertThat(german).contains("GIZ, German development agency", "German Federal Employment Agency")
			.doesNotContain("Enabel, Belgian development agency");
		assertThat(names(page("/organisations?country=DE&role=PLACEMENT&lang=en", 200)))
			.containsExactly("German Federal Employment Agency");
		// Words of the name, in either language, without accents or case mattering.
		assertThat(names(page("/organisations?q=agence%20federale&lang=en", 200))).contains("German Federal Employment Agency");
		assertThat(names(page("/organisations?q=HRD&lang=en", 200))).containsExactly("Human Resource Development Korea (HRD Korea)");
		Document none = page("/organisations?q=nothing-is-called-this&lang=en", 200);
		assertThat(none.select(".count").text()).isEqualTo("No organisation matches");
		assertThat(none.select("form a[href='/organisations']").text()).isEqualTo("Show all organisations");
	}

	@Test
	void aFilterValueThatCannotBeIsAClearAnswer() throws Exception {
		Document kind = page("/organisations?kind=SPONSOR&lang=en", 400);
		assertThat(kind.select("[role=alert]").text()).contains("no such kind of organisation");
		assertThat(page("/organisations?role=SPONSOR&lang=en", 400).select("[role=alert]").text()).contains("no such role");
		assertThat(page("/organisations?country=Germany&lang=en", 400).select("[role=alert]").text()).contains("ISO 3166-1");
		assertThat(page("/organisations/no-such-organisation?lang=en", 404).text()).contains("no-such-organisation");
	}

	@Test
	void anOrganisationPageGivesItsPartnershipsByRoleWithTheSourcesSentence() throws Exception {
		Document english = page("/organisations/bmz?lang=en", 200);
		assertThat(english.select("h1").text()).isEqualTo("German Federal Ministry for Economic Cooperation and Development");
		assertThat(english.select(".facts").text()).contains("Ministère fédéral allemand de la coopération économique et du développement")
			.contains("Public authority")
			.contains("Germany");
		Element commissioning = english.getElementById("role-COMMISSIONING_AUTHORITY").parent();
		assertThat(commissioning.select("h3").text()).isEqualTo("Commissioning authorities");
		assertThat(commissioning.select("li > a").eachAttr("href")).containsExactlyInAnyOrder("/partnerships/pam",
				"/partnerships/kosovo-construction-skills-partnership");
		assertThat(commissioning.text()).contains("2016 – 2020").contains("Germany").contains("Kosovo");
		assertThat(commissioning.select("details summary").eachText()).containsOnly("What the source says");
		assertThat(commissioning.select("details blockquote[lang=fr]").text()).contains("Mandatée par le ministère fédéral allemand")
			.contains("a également chargé l'agence GIZ");
		assertThat(commissioning.select("details .translation").text()).contains("Commissioned by the German Federal Ministry");
		assertThat(commissioning.select("details .sources").text()).contains("Box 7");
		assertThat(english.getElementById("role-FUNDER")).isNull();

		Document french = page("/organisations/bmz?lang=fr", 200);
		assertThat(french.select("h3").eachText()).containsExactly("Autorités mandantes");
		assertThat(french.select("details summary").eachText()).containsOnly("Ce que dit la source");
		assertThat(french.select("details blockquote[lang=fr]").text()).contains("Mandatée par");
		assertThat(french.select("details .translation")).isEmpty();
	}

	@Test
	void thePartnershipPageGroupsItsOrganisationsByRoleWithTheSentenceAtHand() throws Exception {
		Document pam = page("/partnerships/pam?lang=en", 200);
		Element facts = pam.selectFirst("dl.facts");
		assertThat(facts.select("dt").eachText()).contains("Commissioning authorities", "Funders", "Implementers");
		Element commissioning = facts.select("dt").stream().filter(dt -> dt.text().equals("Commissioning authorities"))
			.findFirst().orElseThrow().nextElementSibling();
		assertThat(commissioning.select("a").attr("href")).isEqualTo("/organisations/bmz");
		assertThat(commissioning.select("details blockquote").text()).startsWith("Mandatée par");
		Element funders = facts.select("dt").stream().filter(dt -> dt.text().equals("Funders")).findFirst().orElseThrow()
			.nextElementSibling();
		assertThat(funders.text()).isEqualTo("Not stated in the source");
	}

	private List<String> names(Document page) {
		return page.select("table.organisations-table tbody th a").eachText();
	}

	private Document page(String url, int expectedStatus) throws Exception {
		MvcResult result = mvc.perform(get(URI.create(url))).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(expectedStatus);
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
