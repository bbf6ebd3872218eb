package eu.smpcatalogue.partnership;

import java.util.List;
import java.util.Locale;

import eu.smpcatalogue.CatalogueTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The partnership aggregate as JPA maps it from the seeded PostgreSQL database. */
@CatalogueTest
class PartnershipsTest {

	@Autowired
	Partnerships partnerships;

	@Test
	void loadsAPartnershipWithEverythingItHolds() {
		Partnership thamm = partnerships.findPublished("thamm-germany").orElseThrow();
		assertThat(thamm.getName().in(Locale.ENGLISH)).contains("THAMM");
		assertThat(thamm.getDestinationCountries()).extracting(country -> country.getCode()).containsExactly("DE");
		assertThat(thamm.getOriginCountries()).extracting(country -> country.getCode())
			.containsExactlyInAnyOrder("EG", "MA", "TN");
		assertThat(thamm.getPeriod().startYear()).isEqualTo(2019);
		assertThat(thamm.getPeriod().endYear()).isEqualTo(2023);
		assertThat(thamm.organisationsIn(Involvement.Role.IMPLEMENTER)).extracting(Organisation::getSlug).contains("giz");
		assertThat(thamm.getElementPanel()).hasSize(5);
		assertThat(thamm.getFigures()).extracting(Figure::measure).contains(Figure.Measure.PLANNED, Figure.Measure.REACHED);
		assertThat(thamm.getSources().get(0).document().isInform()).isTrue();
		assertThat(thamm.getPartOf().getSlug()).isEqualTo("thamm");
		assertThat(thamm.getVersion()).isZero();
	}

	@Test
	void aProgrammeKnowsItsPartsAndTheirRelatives() {
		Partnership thamm = partnerships.findPublished("thamm").orElseThrow();
		assertThat(thamm.getParts()).extracting(Partnership::getSlug).containsExactly("thamm-belgium", "thamm-germany");
		Partnerships.Related related = partnerships.related(thamm, 10);
		assertThat(related.items()).extracting(PartnershipSummary::slug)
			.startsWith("thamm-belgium", "thamm-germany")
			.contains("palim")
			.doesNotContain("thamm");
		assertThat(partnerships.related(thamm, 2).items()).extracting(PartnershipSummary::slug)
			.as("the programme first").containsExactly("thamm-belgium", "thamm-germany");
		assertThat(partnerships.related(thamm, 2).more()).isTrue();
	}

	@Test
	void listsPartnershipsByDestinationAndOriginInNameOrder() {
		List<PartnershipSummary> luxembourg = partnerships.withDestination("LU", Locale.ENGLISH);
		assertThat(luxembourg).extracting(PartnershipSummary::slug)
			.contains("iom-match", "luxembourg-cape-verde-agreement");
		assertThat(luxembourg).extracting(summary -> summary.name().in(Locale.ENGLISH))
			.isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(partnerships.withOrigin("CV", Locale.ENGLISH)).extracting(PartnershipSummary::slug)
			.contains("eu-mobility-partnership-cape-verde", "luxembourg-cape-verde-agreement")
			.doesNotContain("palim");
	}

	@Test
	void unknownSlugsAreNotFound() {
		assertThat(partnerships.findPublished("no-such-partnership")).isEmpty();
	}

}
