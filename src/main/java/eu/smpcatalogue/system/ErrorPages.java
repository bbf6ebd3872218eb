package eu.smpcatalogue.system;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address that matches nothing gets the catalogue's own 404 page straight away (not only through the
 * container's error dispatch); a database that is away, the "unavailable for a moment" page with 503.
 * Everything else unexpected falls through to Spring Boot's error handling, which renders
 * {@code templates/error/4xx.html} and {@code 5xx.html} without any internal detail.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	@ExceptionHandler({ NoHandlerFoundException.class, NoResourceFoundException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String noSuchPage() {
		return "error/404";
	}

	/**
	 * Answered here, before Spring MVC's own resolvers: they take an EOFException or a broken pipe from the
	 * database's socket for a reader who hung up, and would answer an empty 200.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class })
	String databaseAway(RuntimeException ex, HttpServletResponse response) {
		if (!DatabaseUnavailable.causedBy(ex)) {
			throw ex;
		}
		log.warn("Database unavailable, answered 503: {}", ex.toString());
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailableFilter.RETRY_AFTER_SECONDS);
		return "error/503";
	}

}
