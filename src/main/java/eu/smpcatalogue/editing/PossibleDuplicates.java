package eu.smpcatalogue.editing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import eu.smpcatalogue.partnership.Organisation;
import eu.smpcatalogue.source.SourceDocument;

/**
 * The organisations or source documents the catalogue already has that look like the one an editor is
 * adding: the same name or title ignoring case, accents, punctuation and spacing; the same acronym; the same
 * web address ignoring the scheme, {@code www.} and a final slash. The editor is offered them before a new
 * one is made.
 */
final class PossibleDuplicates {

	private PossibleDuplicates() {
	}

	/** Why an existing one looks like the one typed; each has a message, {@code duplicates.reason.*}. */
	enum Reason {

		NAME, ACRONYM, WEBSITE, TITLE, ADDRESS

	}

	/** An existing organisation or document, and why it may be the one typed. */
	record Match<T>(T existing, Set<Reason> reasons) {
	}

	static List<Match<Organisation>> organisations(OrganisationForm typed, List<Organisation> existing) {
		List<String> names = keys(typed.nameEn(), typed.nameFr());
		String acronym = key(typed.acronym());
		String website = address(typed.website());
		List<Match<Organisation>> matches = new ArrayList<>();
		for (Organisation organisation : existing) {
			Set<Reason> reasons = EnumSet.noneOf(Reason.class);
			List<String> theirNames = organisation.getName() == null ? List.of()
					: keys(organisation.getName().en(), organisation.getName().fr());
			String theirAcronym = key(organisation.getAcronym());
			if (names.stream().anyMatch(theirNames::contains)) {
				reasons.add(Reason.NAME);
			}
			// An acronym typed as the acronym, or as the whole name ("GIZ").
			if (theirAcronym != null && (theirAcronym.equals(acronym) || names.contains(theirAcronym))) {
				reasons.add(Reason.ACRONYM);
			}
			if (website != null && website.equals(address(organisation.getWebsite()))) {
				reasons.add(Reason.WEBSITE);
			}
			if (!reasons.isEmpty()) {
				matches.add(new Match<>(organisation, reasons));
			}
		}
		return matches;
	}

	static List<Match<SourceDocument>> sources(SourceDocumentForm typed, List<SourceDocument> existing) {
		String title = key(typed.title());
		String url = address(typed.url());
		List<Match<SourceDocument>> matches = new ArrayList<>();
		for (SourceDocument document : existing) {
			Set<Reason> reasons = EnumSet.noneOf(Reason.class);
			if (title != null && title.equals(key(document.getTitle()))) {
				reasons.add(Reason.TITLE);
			}
			if (url != null && url.equals(address(document.getUrl()))) {
				reasons.add(Reason.ADDRESS);
			}
			if (!reasons.isEmpty()) {
				matches.add(new Match<>(document, reasons));
			}
		}
		return matches;
	}

	/**
	 * A name as compared: "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)" and "deutsche
	 * gesellschaft fur internationale zusammenarbeit  GIZ" are the same. Null for a blank name.
	 */
	static String key(String name) {
		if (name == null) {
			return null;
		}
		String key = Normalizer.normalize(name.replace("ß", "ss"), Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
		return key.isEmpty() ? null : key;
	}

	/** A web address as compared: "https://www.giz.de/en/" and "http://giz.de/en" are the same. Null for a blank one. */
	static String address(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		String address = url.strip()
			.toLowerCase(Locale.ROOT)
			.replaceFirst("^[a-z][a-z0-9+.-]*://", "")
			.replaceFirst("^www\\.", "")
			.replaceFirst("/+$", "");
		return address.isEmpty() ? null : address;
	}

	private static List<String> keys(String... names) {
		return Stream.of(names).map(PossibleDuplicates::key).filter(Objects::nonNull).distinct().toList();
	}

}
