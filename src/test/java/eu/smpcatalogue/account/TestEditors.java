package eu.smpcatalogue.account;

import java.util.UUID;

/** Accounts for tests, each with a username of its own so that tests never share one. */
public final class TestEditors {

	public static final String PASSWORD = "a long test passphrase";

	private TestEditors() {
	}

	public static Editor contactPoint(Accounts accounts, String countryCode) {
		return create(accounts, Role.CONTACT_POINT, countryCode);
	}

	public static Editor administrator(Accounts accounts) {
		return create(accounts, Role.ADMINISTRATOR, null);
	}

	private static Editor create(Accounts accounts, Role role, String countryCode) {
		String username = (countryCode == null ? "admin" : countryCode.toLowerCase()) + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
		accounts.create(new Accounts.NewAccount(username, "Test " + username, PASSWORD, role, countryCode));
		return (Editor) accounts.userDetailsService().loadUserByUsername(username);
	}

}
