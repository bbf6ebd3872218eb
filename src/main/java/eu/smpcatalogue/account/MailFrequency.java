package eu.smpcatalogue.account;

/** How often a person is mailed of what happens to their entries. */
public enum MailFrequency {

	/** A mail as each thing happens. */
	EACH,
	/** One mail a day with everything new, none on a day without news. */
	DAILY

}
