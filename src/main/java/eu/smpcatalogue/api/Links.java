package eu.smpcatalogue.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute links to the API and the HTML pages, on the host and context path the request came in on. */
final class Links {

	private Links() {
	}

	static String absolute(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + path;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String partnershipHtml(String slug) {
		return absolute("/partnerships/" + encode(slug));
	}

	static String partnershipApi(String slug) {
		return absolute("/api/partnerships/" + encode(slug));
	}

	/** A path with a query string that may be empty ("/partnerships" or "/partnerships?origin=MA"). */
	static String withQuery(String path, String query) {
		return absolute(query == null || query.isEmpty() ? path : path + "?" + query);
	}

	/** The API and URL key of a domain enum value: FORMAL_COOPERATION → formal-cooperation. */
	static String key(Enum<?> value) {
		return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
