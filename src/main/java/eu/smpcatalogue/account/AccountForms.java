package eu.smpcatalogue.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The forms of the account pages; they bind request fields, never the entity. */
final class AccountForms {

	private AccountForms() {
	}

	record NewAccountForm(
			@NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,100}", message = "{account.username.invalid}") String username,
			@NotBlank @Size(max = 200) String displayName, @NotBlank String password, @NotNull Role role,
			String countryCode) {

		static NewAccountForm empty() {
			return new NewAccountForm("", "", "", Role.CONTACT_POINT, "");
		}

	}

	record AccountForm(@NotBlank @Size(max = 200) String displayName, @NotNull Role role, String countryCode) {

		static AccountForm of(Account account) {
			return new AccountForm(account.getDisplayName(), account.getRole(),
					account.getCountry() == null ? "" : account.getCountry().getCode());
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
