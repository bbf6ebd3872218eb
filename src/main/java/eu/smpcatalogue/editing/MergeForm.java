package eu.smpcatalogue.editing;

/**
 * Two organisations or two source documents to make one: every reference to {@code merged} moves to
 * {@code kept}, and {@code merged} is removed. Sent twice: first to see what would change, then with
 * {@code confirmed} set to {@code true}. Text only, so that no value sent fails to bind.
 */
record MergeForm(String merged, String kept, String confirmed) {

	static MergeForm empty() {
		return new MergeForm(null, null, null);
	}

	boolean isConfirmed() {
		return "true".equals(confirmed);
	}

}
