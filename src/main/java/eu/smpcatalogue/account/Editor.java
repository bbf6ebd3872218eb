package eu.smpcatalogue.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in person as the rest of the application sees them: who they are, their role and, for a
 * contact point, the one country they answer for.
 */
public class Editor extends User {

	/** Kept in sessions stored in the database: a new release must still read the sessions of the last one. */
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String displayName;

	private final Role role;

	private final String countryCode;

	Editor(Account account) {
		super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, true,
				List.of(new SimpleGrantedAuthority(account.getRole().authority())));
		this.accountId = account.getId();
		this.displayName = account.getDisplayName();
		this.role = account.getRole();
		this.countryCode = account.getCountry() == null ? null : account.getCountry().getCode();
	}

	public long accountId() {
		return accountId;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	/** The country a contact point answers for; null for an administrator. */
	public String countryCode() {
		return countryCode;
	}

	public boolean isAdministrator() {
		return role == Role.ADMINISTRATOR;
	}

	public boolean answersFor(String code) {
		return countryCode != null && countryCode.equals(code);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Editor editor && editor.accountId == accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}

}
