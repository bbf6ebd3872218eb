package eu.smpcatalogue.catalogue;

/** A page number past the last page of results: a 404 that links back to the first page. */
class PageOutOfRangeException extends RuntimeException {

	private final int page;

	private final long total;

	private final String firstPageUrl;

	PageOutOfRangeException(int page, long total, String firstPageUrl) {
		super("page " + page + " is past the results");
		this.page = page;
		this.total = total;
		this.firstPageUrl = firstPageUrl;
	}

	int page() {
		return page;
	}

	long total() {
		return total;
	}

	String firstPageUrl() {
		return firstPageUrl;
	}

}
