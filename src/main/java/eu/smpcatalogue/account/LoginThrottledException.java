package eu.smpcatalogue.account;

import org.springframework.security.authentication.AccountStatusException;

/**
 * Sign-in refused for a while after too many failures, whatever the password. An account status, so
 * that no other provider is asked instead.
 */
class LoginThrottledException extends AccountStatusException {

	LoginThrottledException() {
		super("Too many failed sign-in attempts");
	}

}
