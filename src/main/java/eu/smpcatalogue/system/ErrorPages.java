package eu.smpcatalogue.system;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address that matches nothing gets the catalogue's own 404 page straight away (not only through the
 * container's error dispatch). Everything else unexpected falls through to Spring Boot's error handling,
 * which renders {@code templates/error/4xx.html} and {@code 5xx.html} without any internal detail.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String noSuchPage(NoResourceFoundException ex) {
		return "error/404";
	}

}
