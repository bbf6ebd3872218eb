package eu.smpcatalogue.history;

/**
 * A country's EMN answer as a revision keeps it (format 1). {@code responded} is {@code "YES"}, {@code "NO"},
 * {@code "NOT_AMONG_RESPONDENTS"} for a country the inform only leaves out of its respondents, or {@code ""}
 * for a country that was not asked. Revisions written before the likely contact point address existed read
 * without one.
 */
public record CountrySnapshot(String responded, boolean reportedSmps, boolean publicDebate, boolean relatedInitiatives,
		String narrativeEn, String narrativeFr, String contactPointUrl, String contactPointUrlLikely) implements Snapshot {

	public CountrySnapshot {
		responded = responded == null ? "" : responded;
		narrativeEn = Normalised.text(narrativeEn);
		narrativeFr = Normalised.text(narrativeFr);
		contactPointUrl = Normalised.text(contactPointUrl);
		contactPointUrlLikely = Normalised.text(contactPointUrlLikely);
	}

}
