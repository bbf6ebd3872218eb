package eu.smpcatalogue.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * The current page in each language: the same path and filters with {@code lang} set, for the
 * language switch and the {@code hreflang} alternates, so that switching never loses a selection.
 */
@ControllerAdvice
class LanguageLinks {

	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		return Map.of("en", inLanguage(request, "en"), "fr", inLanguage(request, "fr"));
	}

	/** Path and query as the request carried them (still encoded), with only {@code lang} replaced. */
	private static String inLanguage(HttpServletRequest request, String language) {
		UriComponents uri = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", language).build();
		return uri.getPath() + "?" + uri.getQuery();
	}

}
