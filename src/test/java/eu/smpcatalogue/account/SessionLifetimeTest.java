package eu.smpcatalogue.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

/** Idle and absolute session timeouts, on the clock the filter is given. */
class SessionLifetimeTest {

	@Test
	void aSessionInUseLivesOn() throws Exception {
		MockHttpSession session = new MockHttpSession();
		request(session, Duration.ofMinutes(29));
		assertThat(session.isInvalid()).isFalse();
	}

	@Test
	void aSessionIdleForHalfAnHourEnds() throws Exception {
		MockHttpSession session = new MockHttpSession();
		request(session, Duration.ofMinutes(31));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void aSessionEndsAfterTwelveHoursHoweverBusy() throws Exception {
		// Used a minute before each request.
		MockHttpSession old = lastUsedAfter(Duration.ofHours(12));
		request(old, Duration.ofHours(12).plusMinutes(1));
		assertThat(old.isInvalid()).isTrue();
		MockHttpSession young = lastUsedAfter(Duration.ofHours(11));
		request(young, Duration.ofHours(11).plusMinutes(1));
		assertThat(young.isInvalid()).isFalse();
	}

	/** A session last used {@code afterCreation} after it was created. */
	private static MockHttpSession lastUsedAfter(Duration afterCreation) {
		return new MockHttpSession() {
			@Override
			public long getLastAccessedTime() {
				return getCreationTime() + afterCreation.toMillis();
			}
		};
	}

	@Test
	void requestsWithoutASessionPassUntouched() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		MockFilterChain chain = new MockFilterChain();
		new SessionLifetime(Clock.systemUTC()).doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isSameAs(request);
		assertThat(request.getSession(false)).isNull();
	}

	/** A request made {@code later} than the session's creation. */
	private static void request(MockHttpSession session, Duration later) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/account");
		request.setSession(session);
		Clock clock = Clock.fixed(Instant.ofEpochMilli(session.getCreationTime()).plus(later), ZoneOffset.UTC);
		new SessionLifetime(clock).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
	}

}
