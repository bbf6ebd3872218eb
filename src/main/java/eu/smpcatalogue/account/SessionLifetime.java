package eu.smpcatalogue.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has been idle too long or has lived too long, whoever keeps it (the servlet
 * container or Spring Session in the database): both only need the session's creation and last-access
 * times. Runs before the security context is read from the session, so the request that finds it dead
 * goes on as an anonymous one and a signed-in page sends it to the login page.
 */
final class SessionLifetime extends OncePerRequestFilter {

	static final Duration IDLE = Duration.ofMinutes(30);

	static final Duration ABSOLUTE = Duration.ofHours(12);

	private final Clock clock;

	SessionLifetime(Clock clock) {
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && isOver(session)) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}

	private boolean isOver(HttpSession session) {
		try {
			long now = clock.millis();
			return now - session.getCreationTime() > ABSOLUTE.toMillis()
					|| now - session.getLastAccessedTime() > IDLE.toMillis();
		}
		catch (IllegalStateException alreadyInvalidated) {
			return false;
		}
	}

}
