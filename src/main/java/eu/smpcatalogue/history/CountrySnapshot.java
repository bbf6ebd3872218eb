package eu.smpcatalogue.history;

/**
 * A country's EMN answer as a revision keeps it (format 1). {@code responded} is {@code "YES"}, {@code "NO"},
 * or {@code ""} for a country that was not asked.
 */
public record CountrySnapshot(String responded, boolean reportedSmps, boolean publicDebate, boolean relatedInitiatives,
		String narrativeEn, String narrativeFr, String contactPointUrl) implements Snapshot {

	public CountrySnapshot {
		responded = responded == null ? "" : responded;
		narrativeEn = Normalised.text(narrativeEn);
		narrativeFr = Normalised.text(narrativeFr);
		contactPointUrl = Normalised.text(contactPointUrl);
	}

}
