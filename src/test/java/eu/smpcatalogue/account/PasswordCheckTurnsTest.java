package eu.smpcatalogue.account;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import eu.smpcatalogue.CatalogueTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A flood of sign-ins from many addresses cannot take every core for password hashing: checks beyond
 * the allowed number wait their turn, and one that waits too long is refused like a blocked attempt.
 */
@CatalogueTest
class PasswordCheckTurnsTest {

	@Autowired
	LoginThrottle throttle;

	@Test
	void aCheckThatFindsNoFreeTurnIsRefusedWithoutHashing() throws Exception {
		CountDownLatch hashing = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		int[] checks = { 0 };
		AuthenticationProvider slowPasswords = new AuthenticationProvider() {
			@Override
			public Authentication authenticate(Authentication authentication) {
				synchronized (checks) {
					checks[0]++;
				}
				hashing.countDown();
				await(release);
				return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, List.of());
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return true;
			}
		};
		ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(slowPasswords, new PasswordChecks(throttle, 1));

		CompletableFuture<Authentication> first = CompletableFuture
			.supplyAsync(() -> provider.authenticate(attempt("turns.first")));
		assertThat(hashing.await(10, TimeUnit.SECONDS)).isTrue();
		long start = System.nanoTime();
		assertThatExceptionOfType(LoginThrottledException.class).isThrownBy(() -> provider.authenticate(attempt("turns.second")));
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(2_900);

		release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).isAuthenticated()).isTrue();
		assertThat(provider.authenticate(attempt("turns.third")).isAuthenticated()).isTrue();
		assertThat(checks[0]).as("the refused attempt never reached the password check").isEqualTo(2);
	}

	private static UsernamePasswordAuthenticationToken attempt(String username) {
		return UsernamePasswordAuthenticationToken.unauthenticated(username, "a password that is never checked");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
