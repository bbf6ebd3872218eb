package eu.smpcatalogue.account;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the throttle before the password (so a blocked guesser learns nothing), counts every failure,
 * and answers a disabled account the same way as a wrong password. Password hashing is deliberately
 * slow, so only half the cores may hash at once: a flood of guesses from many addresses, which the
 * per-address cap does not stop, waits for its turn (briefly, then is refused like a blocked attempt)
 * instead of taking the processors from the catalogue's readers.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private static final long WAIT_FOR_TURN_MILLIS = 3_000;

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final Semaphore passwordChecks;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
		this(passwords, throttle, Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
	}

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, int concurrentChecks) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.passwordChecks = new Semaphore(concurrentChecks, true);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : "unknown";
		if (throttle.isBlocked(username, address)) {
			throw new LoginThrottledException();
		}
		if (!awaitTurn()) {
			throw new LoginThrottledException();
		}
		try {
			return passwords.authenticate(authentication);
		}
		catch (BadCredentialsException | DisabledException ex) {
			throttle.recordFailure(username, address);
			throw new BadCredentialsException("Bad credentials");
		}
		finally {
			passwordChecks.release();
		}
	}

	private boolean awaitTurn() {
		try {
			return passwordChecks.tryAcquire(WAIT_FOR_TURN_MILLIS, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
