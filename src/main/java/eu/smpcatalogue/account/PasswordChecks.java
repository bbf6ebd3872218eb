package eu.smpcatalogue.account;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;

/**
 * Every check of a person's password, wherever it is typed (signing in, changing one's own password),
 * under the throttle and taking turns:
 * <ol>
 * <li>the attempt is counted for the account and the address before anything else, and refused when
 * either is blocked or out of attempts ({@link LoginThrottle#reserve}), atomically in the database that
 * every instance shares, so parallel attempts cannot exceed the limits;</li>
 * <li>password hashing is deliberately slow, so only a few checks run at once on an instance: the
 * attempt waits for its turn, briefly, then is refused like a blocked one, without hashing and without
 * counting (a flood from many addresses must not lock out the person it waits behind);</li>
 * <li>once it has its turn, a block that began meanwhile still holds;</li>
 * <li>the outcome settles the count: a wrong password or a disabled account is a failure, the right
 * password clears the account's failures.</li>
 * </ol>
 */
class PasswordChecks {

	static final long WAIT_FOR_TURN_MILLIS = 3_000;

	private final LoginThrottle throttle;

	private final Semaphore turns;

	PasswordChecks(LoginThrottle throttle, int concurrentChecks) {
		this.throttle = throttle;
		this.turns = new Semaphore(concurrentChecks, true);
	}

	/**
	 * Runs {@code check}, which hashes: it answers when the password is right and throws
	 * {@link BadCredentialsException} (or {@link DisabledException}) when it is not.
	 * @throws LoginThrottledException when the attempt is refused without checking the password
	 */
	<T> T check(String username, String address, Supplier<T> check) {
		if (!throttle.reserve(username, address)) {
			throw new LoginThrottledException();
		}
		Outcome outcome = Outcome.NOT_CHECKED;
		try {
			if (!awaitTurn()) {
				throw new LoginThrottledException();
			}
			try {
				if (throttle.isBlocked(username, address)) {
					throw new LoginThrottledException();
				}
				T result = check.get();
				outcome = Outcome.RIGHT;
				return result;
			}
			catch (BadCredentialsException | DisabledException ex) {
				outcome = Outcome.WRONG;
				throw ex;
			}
			finally {
				turns.release();
			}
		}
		finally {
			switch (outcome) {
				case RIGHT -> throttle.recordSuccess(username, address);
				case WRONG -> throttle.recordFailure(username, address);
				case NOT_CHECKED -> throttle.release(username, address);
			}
		}
	}

	private boolean awaitTurn() {
		try {
			return turns.tryAcquire(WAIT_FOR_TURN_MILLIS, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private enum Outcome {

		NOT_CHECKED, RIGHT, WRONG

	}

}
