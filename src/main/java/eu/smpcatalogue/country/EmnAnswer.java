package eu.smpcatalogue.country;

import eu.smpcatalogue.i18n.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A Member State's answer to EMN ad-hoc query 2021.44 on skills mobility partnerships. {@code responded}
 * is null for countries that were not asked (not EMN Member States).
 */
@Embeddable
public record EmnAnswer(@Column(name = "emn_responded") Boolean responded,
		@Column(name = "emn_reported_smps") Boolean reportedSmps,
		@Column(name = "emn_public_debate") boolean publicDebate,
		@Column(name = "emn_related_initiatives") boolean relatedInitiatives,
		@AttributeOverride(name = "en", column = @Column(name = "emn_narrative_en"))
		@AttributeOverride(name = "fr", column = @Column(name = "emn_narrative_fr")) LocalizedText narrative,
		@Column(name = "emn_ncp_url") String contactPointUrl) {

	public boolean wasAsked() {
		return responded != null;
	}

	public boolean hasResponded() {
		return Boolean.TRUE.equals(responded);
	}

	public boolean hasReportedSmps() {
		return Boolean.TRUE.equals(reportedSmps);
	}

}
