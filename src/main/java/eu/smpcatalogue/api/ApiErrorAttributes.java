package eu.smpcatalogue.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The error page's JSON for an API address has the API's error shape, {@code {status, error, message}}
 * ({@link Json.Error}), like every other error of the API: the answers that never reach
 * {@link ApiController} (a parameter that does not decode, an address the firewall refuses, a method other
 * than GET or HEAD) would otherwise carry Spring Boot's {@code {timestamp, status, error, path}}, a second
 * shape for clients to know. Every other address keeps Spring Boot's attributes.
 */
@Component
class ApiErrorAttributes extends DefaultErrorAttributes {

	private final MessageSource messages;

	ApiErrorAttributes(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
		if (!(attributes.get("path") instanceof String path) || !(path.equals("/api") || path.startsWith("/api/"))
				|| !(attributes.get("status") instanceof Integer status)) {
			return attributes;
		}
		HttpStatus known = HttpStatus.resolve(status);
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("status", status);
		error.put("error", known == null ? "" : known.getReasonPhrase());
		error.put("message", messages.getMessage(messageKey(status, getError(webRequest)), null, LocaleContextHolder.getLocale()));
		return error;
	}

	private static String messageKey(int status, Throwable error) {
		if (status == 400 && error instanceof InvalidParameterException) {
			return "api.error.undecodable";
		}
		return switch (status) {
			case 403, 405 -> "api.error.readOnly";
			case 404 -> "api.error.noSuchEndpoint";
			case 503 -> "api.error.unavailable";
			default -> status >= 500 && status != 505 ? "api.error.internal" : "api.error.refused";
		};
	}

}
