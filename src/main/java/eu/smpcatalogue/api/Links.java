package eu.smpcatalogue.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import eu.smpcatalogue.system.PublicUrl;

import org.springframework.stereotype.Component;

/** Absolute links to the API and the HTML pages, on the catalogue's public address (never the request's host). */
@Component
class Links {

	private final PublicUrl publicUrl;

	Links(PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
	}

	String absolute(String path) {
		return publicUrl.of(path);
	}

	String partnershipHtml(String slug) {
		return absolute("/partnerships/" + encode(slug));
	}

	String partnershipApi(String slug) {
		return absolute("/api/partnerships/" + encode(slug));
	}

	/** A path with a query string that may be empty ("/partnerships" or "/partnerships?origin=MA"). */
	String withQuery(String path, String query) {
		return absolute(query == null || query.isEmpty() ? path : path + "?" + query);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** The API and URL key of a domain enum value: FORMAL_COOPERATION → formal-cooperation. */
	static String key(Enum<?> value) {
		return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
