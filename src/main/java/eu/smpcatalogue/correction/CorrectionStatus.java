package eu.smpcatalogue.correction;

/** Where a suggested correction stands: waiting for its owners, or closed one way or the other. */
public enum CorrectionStatus {

	OPEN, APPLIED, DECLINED;

	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
