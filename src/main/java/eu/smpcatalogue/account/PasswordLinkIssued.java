package eu.smpcatalogue.account;

/**
 * A one-time link to set a password was made for an account, and must reach its owner. Published inside
 * the transaction that made it, so that whoever delivers it does so only if the link was saved.
 *
 * @param path the link's path on the catalogue, {@code /password-links/<token>}
 */
public record PasswordLinkIssued(Purpose purpose, String email, String language, String displayName,
		String username, String path) {

	public enum Purpose {

		/** A new account: the person chooses their first password. */
		INVITATION,
		/** The person asked for a new password. */
		RESET

	}

}
