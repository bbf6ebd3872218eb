package eu.smpcatalogue.country;

import eu.smpcatalogue.i18n.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A Member State's answer to EMN ad-hoc query 2021.44 on skills mobility partnerships. {@code responded}
 * is null for countries that were not asked (not EMN Member States), and for those the inform only leaves out
 * of its list of respondents ({@code notAmongRespondents}): it says neither that they were asked nor that they
 * did not answer. A contact point's address the inform prints wrongly is kept as printed, with the address it
 * most likely means beside it.
 */
@Embeddable
public record EmnAnswer(@Column(name = "emn_responded") Boolean responded,
		@Column(name = "emn_reported_smps") Boolean reportedSmps,
		@Column(name = "emn_public_debate") boolean publicDebate,
		@Column(name = "emn_related_initiatives") boolean relatedInitiatives,
		@AttributeOverride(name = "en", column = @Column(name = "emn_narrative_en"))
		@AttributeOverride(name = "fr", column = @Column(name = "emn_narrative_fr")) LocalizedText narrative,
		@Column(name = "emn_ncp_url") String contactPointUrl,
		@Column(name = "emn_not_among_respondents") boolean notAmongRespondents,
		@Column(name = "emn_ncp_url_likely") String contactPointUrlLikely) {

	/** The state of the answer, as the pages and the history name it. */
	public enum Participation {

		ANSWERED, DID_NOT_ANSWER, NOT_AMONG_RESPONDENTS, NOT_ASKED

	}

	public Participation participation() {
		if (notAmongRespondents) {
			return Participation.NOT_AMONG_RESPONDENTS;
		}
		return responded == null ? Participation.NOT_ASKED
				: responded ? Participation.ANSWERED : Participation.DID_NOT_ANSWER;
	}

	/** Whether the source says the country was asked (it answered, or did not). */
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
