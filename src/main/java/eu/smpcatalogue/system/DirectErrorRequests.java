package eu.smpcatalogue.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The error page's address is where the container forwards an error, not a page: asked for directly it
 * is not found (rather than a 500 for an error that never happened). The container's own error dispatches
 * pass untouched ({@link OncePerRequestFilter} leaves them alone).
 */
@Component
class DirectErrorRequests extends OncePerRequestFilter {

	private final String errorPath;

	DirectErrorRequests(@Value("${spring.web.error.path:/error}") String errorPath) {
		this.errorPath = errorPath;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// The decoded, normalised path: /%65rror is /error too.
		return !errorPath.equals(request.getServletPath()) || request.getPathInfo() != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
