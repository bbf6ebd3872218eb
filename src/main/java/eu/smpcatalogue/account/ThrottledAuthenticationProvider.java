package eu.smpcatalogue.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signing in goes through {@link PasswordChecks}: the throttle and the turns before the password (so a
 * blocked guesser learns nothing), every failure counted. A disabled account gets the same answer as a
 * wrong password.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final PasswordChecks checks;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, PasswordChecks checks) {
		this.passwords = passwords;
		this.checks = checks;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : "unknown";
		try {
			return checks.check(authentication.getName(), address, () -> passwords.authenticate(authentication));
		}
		catch (BadCredentialsException | DisabledException ex) {
			throw new BadCredentialsException("Bad credentials");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
