package eu.smpcatalogue.partnership;

/** The form a partnership takes, in the field's own categories. */
public enum Kind implements Vocabulary {

	BILATERAL_AGREEMENT, PROGRAMME, PILOT_PROJECT, PROJECT, EU_MOBILITY_PARTNERSHIP, HIGHER_EDUCATION_SCHEME,
	SCHOLARSHIP_SCHEME, PERMIT_SCHEME

}
