package eu.smpcatalogue.editing;

import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.country.EmnAnswer;
import eu.smpcatalogue.history.History;
import jakarta.validation.constraints.Size;

/**
 * A country's EMN answer as its contact point edits it, bound through its constructor. {@code responded} is
 * "YES", "NO", "NOT_AMONG_RESPONDENTS" (the source says no more), or "" when the country was not asked;
 * {@code contactPointUrlLikely} is the address the source most likely means where it prints the contact
 * point's wrongly; {@code reason} is why the editor made this change, kept with the revision and not part of
 * the entry.
 */
record CountryForm(Long version, String responded, boolean reportedSmps, boolean publicDebate,
		boolean relatedInitiatives, @Size(max = PartnershipForm.LONG_TEXT_LENGTH) String narrativeEn,
		@Size(max = PartnershipForm.LONG_TEXT_LENGTH) String narrativeFr, @Size(max = 300) String contactPointUrl,
		@Size(max = 300) String contactPointUrlLikely, @Size(max = History.REASON_LENGTH) String reason) {

	static CountryForm of(Country country) {
		EmnAnswer answer = country.getEmnAnswer();
		String responded = switch (answer.participation()) {
			case ANSWERED -> "YES";
			case DID_NOT_ANSWER -> "NO";
			case NOT_AMONG_RESPONDENTS -> "NOT_AMONG_RESPONDENTS";
			case NOT_ASKED -> "";
		};
		return new CountryForm(country.getVersion(), responded, answer.hasReportedSmps(), answer.publicDebate(),
				answer.relatedInitiatives(), answer.narrative() == null ? null : answer.narrative().en(),
				answer.narrative() == null ? null : answer.narrative().fr(), answer.contactPointUrl(),
				answer.contactPointUrlLikely(), null);
	}

	/** The same form to be saved over another version (after a conflict: the one the person has now seen). */
	CountryForm withVersion(Long version) {
		return new CountryForm(version, responded, reportedSmps, publicDebate, relatedInitiatives, narrativeEn, narrativeFr,
				contactPointUrl, contactPointUrlLikely, reason);
	}

	/** The same form with the reason kept with its revision. */
	CountryForm withReason(String reason) {
		return new CountryForm(version, responded, reportedSmps, publicDebate, relatedInitiatives, narrativeEn, narrativeFr,
				contactPointUrl, contactPointUrlLikely, reason);
	}

}
