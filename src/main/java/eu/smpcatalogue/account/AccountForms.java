package eu.smpcatalogue.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The forms of the account pages; they bind request fields, never the entity. */
final class AccountForms {

	/** What the database accepts as an address (one @, no spaces); the mail server judges the rest. */
	static final String EMAIL = "[^@\\s]+@[^@\\s]+";

	private AccountForms() {
	}

	/** An invitation: the person chooses their password from the link they are mailed. */
	record NewAccountForm(
			@NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,100}", message = "{account.username.invalid}") String username,
			@NotBlank @Size(max = 200) String displayName,
			@NotBlank @Size(max = 320) @Pattern(regexp = EMAIL, message = "{account.email.invalid}") String email,
			String language, @NotNull Role role, String countryCode) {

		static NewAccountForm empty() {
			return new NewAccountForm("", "", "", "en", Role.CONTACT_POINT, "");
		}

	}

	record AccountForm(@NotBlank @Size(max = 200) String displayName,
			@Size(max = 320) @Pattern(regexp = "|" + EMAIL, message = "{account.email.invalid}") String email,
			String language, @NotNull Role role, String countryCode) {

		static AccountForm of(Account account) {
			return new AccountForm(account.getDisplayName(), account.getEmail(), account.getLanguage(), account.getRole(),
					account.getCountry() == null ? "" : account.getCountry().getCode());
		}

	}

	/** Asking for a password link: a username or an e-mail address. */
	record ForgottenPasswordForm(@NotBlank @Size(max = 320) String name) {
	}

	/** A password chosen from a one-time link, typed twice. */
	record NewPasswordForm(@NotBlank String password, @NotBlank String confirmation) {

		static NewPasswordForm empty() {
			return new NewPasswordForm("", "");
		}

	}

	record PasswordResetForm(@NotBlank String password) {
	}

	record PasswordChangeForm(@NotBlank String currentPassword, @NotBlank String newPassword,
			@NotBlank String confirmation) {

		static PasswordChangeForm empty() {
			return new PasswordChangeForm("", "", "");
		}

	}

}
