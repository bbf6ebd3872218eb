package eu.smpcatalogue.editing;

import java.util.List;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.country.Countries;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.history.Action;
import eu.smpcatalogue.history.EntryType;
import eu.smpcatalogue.history.History;
import eu.smpcatalogue.history.PartnershipSnapshot;
import eu.smpcatalogue.history.PartnershipSnapshot.OrganisationRow;
import eu.smpcatalogue.history.Revision;
import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.partnership.Partnerships;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The entries the catalogue corrected against the source carry it in their history: the entry as the seed
 * imported it, then the catalogue's corrected version with its reason. The corrected version is the entry as
 * the application itself would write it, so that the next editor's save compares with it field by field.
 */
@CatalogueTest
@Transactional
class SeedCorrectionsTest {

	@Autowired
	History history;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Countries countries;

	@Autowired
	MockMvc mvc;

	@Test
	void commissionedByIsNotFundedByAndTheHistorySaysWhy() throws Exception {
		Partnership pam = partnerships.findAny("pam").orElseThrow();
		List<Revision> revisions = history.of(EntryType.PARTNERSHIP, pam.getId().toString());
		assertThat(revisions).extracting(Revision::action).endsWith(Action.EDITED, Action.IMPORTED);
		Revision imported = revisions.get(revisions.size() - 1);
		Revision corrected = revisions.get(revisions.size() - 2);
		assertThat(((PartnershipSnapshot) imported.snapshot()).organisations())
			.contains(new OrganisationRow("bmz", "FUNDER"));
		assertThat(((PartnershipSnapshot) corrected.snapshot()).organisations())
			.extracting(OrganisationRow::organisation, OrganisationRow::role)
			.contains(org.assertj.core.groups.Tuple.tuple("bmz", "COMMISSIONING_AUTHORITY"))
			.doesNotContain(org.assertj.core.groups.Tuple.tuple("bmz", "FUNDER"));
		assertThat(corrected.reason()).startsWith("Corrected against the source").contains("commissioned");
		assertThat(corrected.changedFields()).containsExactly("organisations");
		assertThat(corrected.authorName()).isNotBlank();
		mvc.perform(get("/partnerships/pam").param("lang", "en"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("by the catalogue, checked against the source")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("by an administrator"))));
	}

	@Test
	void eachCorrectedEntryReadsAsTheApplicationWouldWriteIt() {
		for (String slug : List.of("pam", "kosovo-construction-skills-partnership", "ireland-fellows-programme",
				"triple-win", "japan-specified-skilled-worker", "pem-senegal", "korea-eps", "japan-nurses-care-workers",
				"hand-in-hand-international-talents")) {
			Partnership partnership = partnerships.findAny(slug).orElseThrow();
			Revision latest = history.latest(EntryType.PARTNERSHIP, partnership.getId().toString()).orElseThrow();
			PartnershipSnapshot now = SnapshotMapping.snapshot(PartnershipMapping.toForm(partnership))
				.withParts(partnerships.publishedPartSlugs(partnership));
			assertThat(latest.snapshot()).as(slug).isEqualTo(now);
			assertThat(latest.entryVersion()).as(slug).isEqualTo(partnership.getVersion());
			assertThat(latest.reason()).as(slug).contains("against the source");
		}
	}

	@Test
	void denmarkIsNotAmongTheRespondentsAndNothingMore() throws Exception {
		Country denmark = countries.find("DK").orElseThrow();
		assertThat(denmark.getEmnAnswer().responded()).isNull();
		assertThat(denmark.getEmnAnswer().notAmongRespondents()).isTrue();
		Revision latest = history.latest(EntryType.COUNTRY, "DK").orElseThrow();
		assertThat(latest.snapshot()).isEqualTo(SnapshotMapping.snapshot(CountryForm.of(denmark)));
		assertThat(latest.reason()).contains("not among the respondents");
		mvc.perform(get("/countries/DK").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Not among the respondents")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Did not answer"))));
		mvc.perform(get("/countries/DK").param("lang", "fr"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ne figure pas parmi les répondants")));
	}

	@Test
	void anAddressPrintedWronglyIsKeptAsPrintedWithTheLikelyOneBeside() throws Exception {
		Country slovenia = countries.find("SI").orElseThrow();
		assertThat(slovenia.getEmnAnswer().contactPointUrl()).isEqualTo("http://www.emm.si");
		assertThat(slovenia.getEmnAnswer().contactPointUrlLikely()).isEqualTo("http://www.emn.si");
		assertThat(history.latest(EntryType.COUNTRY, "SI").orElseThrow().snapshot())
			.isEqualTo(SnapshotMapping.snapshot(CountryForm.of(slovenia)));
		mvc.perform(get("/countries/SI").param("lang", "en"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("http://www.emm.si")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("as printed in the source")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"http://www.emn.si\"")));
		mvc.perform(get("/countries/FR").param("lang", "fr"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("tel qu’imprimé dans la source")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Le-reseau-europeen-des-migrations-REM3")));
	}

}
