package eu.smpcatalogue.account;

public enum Role {

	/** Looks after everything and everyone. */
	ADMINISTRATOR,
	/** An EMN national contact point: keeps its own country's entries current. */
	CONTACT_POINT;

	public String authority() {
		return "ROLE_" + name();
	}

}
