package eu.smpcatalogue.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * The current page in each language: the same path and filters with {@code lang} set, so that switching
 * never loses a selection. {@code languageLinks} for the language switch (relative), {@code languageAlternates}
 * for the {@code hreflang} alternates that search engines read (absolute, on the public address).
 */
@ControllerAdvice
class LanguageLinks {

	private final PublicUrl publicUrl;

	LanguageLinks(PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
	}

	@ModelAttribute
	void languageLinks(HttpServletRequest request, Model model) {
		String english = inLanguage(request, "en");
		String french = inLanguage(request, "fr");
		String context = request.getContextPath();
		model.addAttribute("languageLinks", Map.of("en", context + english, "fr", context + french));
		model.addAttribute("languageAlternates", Map.of("en", publicUrl.of(english), "fr", publicUrl.of(french)));
	}

	/**
	 * Path within the catalogue and query as the request carried them (still encoded), with only {@code lang}
	 * replaced. Only the path and query are read: the host is the public address's, never the request's.
	 */
	private static String inLanguage(HttpServletRequest request, String language) {
		UriComponents uri = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", language).build();
		return uri.getPath().substring(request.getContextPath().length()) + "?" + uri.getQuery();
	}

}
