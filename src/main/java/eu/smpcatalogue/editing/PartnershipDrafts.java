package eu.smpcatalogue.editing;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;

/**
 * Partnership forms kept in the editor's session while they add an organisation or a source document from
 * within the form, so that what they typed comes back, with the new one chosen. A draft is never saved as
 * the entry; a session keeps the last {@value #KEPT} and they end with it. What is kept is the form as the
 * browser sent it, so it comes back exactly as typed, values that could not be read included.
 */
@Component
class PartnershipDrafts {

	static final int KEPT = 5;

	private static final String ATTRIBUTE = PartnershipDrafts.class.getName();

	/** The token, the buttons that asked for the draft: not part of the form's content. */
	private static final Set<String> NOT_KEPT = Set.of("_csrf", "addOrganisation", "addSource");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ConversionService conversions;

	PartnershipDrafts(@Qualifier("mvcConversionService") ConversionService conversions) {
		this.conversions = conversions;
	}

	/** A partnership form as sent: for {@code slug} (null for a new partnership), field by field. */
	record Draft(String slug, Map<String, List<String>> fields) implements Serializable {

		/** Where the form is shown again with this draft (and a chosen organisation or document). */
		String formPath() {
			return slug == null ? "/partnerships/new" : "/partnerships/" + slug + "/edit";
		}

	}

	/** Keeps the form the request sent and answers the draft's id. */
	String keep(HttpSession session, String slug, Map<String, String[]> parameters) {
		LinkedHashMap<String, List<String>> fields = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			if (!NOT_KEPT.contains(name)) {
				List<String> kept = new ArrayList<>();
				for (String value : values) {
					kept.add(value.replace("\u0000", "")); // as the form binding does (FormBinding)
				}
				fields.put(name, kept);
			}
		});
		String id = HexFormat.of().formatHex(bytes());
		LinkedHashMap<String, Draft> drafts = new LinkedHashMap<>(drafts(session));
		drafts.put(id, new Draft(slug, fields));
		while (drafts.size() > KEPT) {
			drafts.remove(drafts.keySet().iterator().next());
		}
		// A new map each time: a session kept in the database stores an attribute when it is set.
		session.setAttribute(ATTRIBUTE, drafts);
		return id;
	}

	Optional<Draft> find(HttpSession session, String id) {
		return id == null ? Optional.empty() : Optional.ofNullable(drafts(session).get(id));
	}

	/** The draft as a form bound as the browser's request was, with what could not be read as errors. */
	BindingResult restore(Draft draft) {
		WebDataBinder binder = new WebDataBinder(new PartnershipForm(), "form");
		binder.setConversionService(conversions);
		TypedValues.register(binder);
		MutablePropertyValues values = new MutablePropertyValues();
		draft.fields().forEach((name, sent) -> values.add(name, sent.size() == 1 ? sent.get(0) : sent.toArray(String[]::new)));
		binder.bind(values);
		return binder.getBindingResult();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Draft> drafts(HttpSession session) {
		Object drafts = session.getAttribute(ATTRIBUTE);
		return drafts instanceof Map<?, ?> map ? (Map<String, Draft>) map : Map.of();
	}

	private static byte[] bytes() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

}
