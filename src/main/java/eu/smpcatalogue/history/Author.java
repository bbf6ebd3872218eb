package eu.smpcatalogue.history;

/** Who made a revision: an account (with the country it answers for), or the seed. */
public record Author(Long accountId, String name, String countryCode) {

	public static final Author SEED = new Author(null, "EMN inform (seed)", null);

}
