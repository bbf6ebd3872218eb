package eu.smpcatalogue.editing;

import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.country.EmnAnswer;
import eu.smpcatalogue.history.History;
import jakarta.validation.constraints.Size;

/**
 * A country's EMN answer as its contact point edits it, bound through its constructor. {@code responded} is
 * "YES", "NO", or "" when the country was not asked; {@code reason} is why the editor made this change, kept
 * with the revision and not part of the entry.
 */
record CountryForm(Long version, String responded, boolean reportedSmps, boolean publicDebate,
		boolean relatedInitiatives, @Size(max = PartnershipForm.LONG_TEXT_LENGTH) String narrativeEn,
		@Size(max = PartnershipForm.LONG_TEXT_LENGTH) String narrativeFr, @Size(max = 300) String contactPointUrl,
		@Size(max = History.REASON_LENGTH) String reason) {

	static CountryForm of(Country country) {
		EmnAnswer answer = country.getEmnAnswer();
		return new CountryForm(country.getVersion(), answer.responded() == null ? "" : answer.responded() ? "YES" : "NO",
				answer.hasReportedSmps(), answer.publicDebate(), answer.relatedInitiatives(),
				answer.narrative() == null ? null : answer.narrative().en(),
				answer.narrative() == null ? null : answer.narrative().fr(), answer.contactPointUrl(), null);
	}

	/** The same form to be saved over another version (after a conflict: the one the person has now seen). */
	CountryForm withVersion(Long version) {
		return new CountryForm(version, responded, reportedSmps, publicDebate, relatedInitiatives, narrativeEn, narrativeFr,
				contactPointUrl, reason);
	}

	/** The same form with the reason kept with its revision. */
	CountryForm withReason(String reason) {
		return new CountryForm(version, responded, reportedSmps, publicDebate, relatedInitiatives, narrativeEn, narrativeFr,
				contactPointUrl, reason);
	}

}
