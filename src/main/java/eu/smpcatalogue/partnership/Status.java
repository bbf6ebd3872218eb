package eu.smpcatalogue.partnership;

/** Where a partnership stands, as its source describes it. */
public enum Status implements Vocabulary {

	PLANNED, UNDER_NEGOTIATION, SIGNED, ONGOING, COMPLETED, NOT_STATED

}
