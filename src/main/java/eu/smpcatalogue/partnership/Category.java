package eu.smpcatalogue.partnership;

/** How the EMN inform presents an entry: which part of the landscape it illustrates. */
public enum Category implements Vocabulary {

	/** An EU mobility partnership declaration (Box 1). */
	EU_MOBILITY_PARTNERSHIP,
	/** An EU-funded SMP-type programme or project (section 5.2). */
	EU_PROGRAMME,
	/** An SMP reported by a Member State (section 5.3). */
	NATIONAL_SMP,
	/** An initiative with some SMP elements that its country does not count as an SMP. */
	RELATED_INITIATIVE,
	/** An example from outside the EU (section 5.4). */
	NON_EU_EXAMPLE

}
