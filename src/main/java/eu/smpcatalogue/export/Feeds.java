package eu.smpcatalogue.export;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import eu.smpcatalogue.catalogue.Selections;
import eu.smpcatalogue.country.Countries;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.history.EntryType;
import eu.smpcatalogue.history.History;
import eu.smpcatalogue.history.Revision;
import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.partnership.Partnerships;
import eu.smpcatalogue.system.PublicUrl;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The Atom feeds: a selection's entries by last update, and the catalogue's recent changes. */
@Component
class Feeds {

	static final int SIZE = 50;

	private final Selections selections;

	private final Partnerships partnerships;

	private final Countries countries;

	private final History history;

	private final MessageSource messages;

	private final PublicUrl publicUrl;

	Feeds(Selections selections, Partnerships partnerships, Countries countries, History history, MessageSource messages,
			PublicUrl publicUrl) {
		this.selections = selections;
		this.partnerships = partnerships;
		this.countries = countries;
		this.history = history;
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	/** The selection's most recently updated entries, newest first; "new" when never changed since created. */
	AtomFeed selection(MultiValueMap<String, String> parameters, Locale locale) {
		String baseUrl = publicUrl.base();
		// Only the entries the feed shows are loaded: the database picks the newest.
		Selections.Selection selection = selections.newest(parameters, SIZE, locale);
		String query = selection.query().isEmpty() ? "" : "?" + selection.query();
		String title = selection.query().isEmpty() ? message("feed.partnerships.title", locale)
				: message("feed.partnerships.selectionTitle", locale, selection.total());
		List<Partnership> newest = newest(partnerships.findPublished(selection.slugs()));
		return new AtomFeed(feedId("feed:partnerships" + query, locale), language(locale),
				title + " – " + message("app.name", locale),
				newest.stream().findFirst().map(Partnership::getUpdatedAt).orElse(Instant.EPOCH),
				baseUrl + "/partnerships.atom" + inLanguage(query, locale), baseUrl + "/partnerships" + inLanguage(query, locale),
				newest.stream().limit(SIZE).map(partnership -> entry(partnership, baseUrl, locale)).toList());
	}

	/**
	 * The latest changes across the catalogue, from its history. Until anything has been edited there is no
	 * change to announce, so the feed lists entries by last update instead.
	 */
	AtomFeed changes(Locale locale) {
		String baseUrl = publicUrl.base();
		List<Revision> recent = history.recent(SIZE);
		String title = message("feed.changes.title", locale) + " – " + message("app.name", locale);
		if (recent.isEmpty()) {
			List<Partnership> newest = newest(partnerships.findPublished(
					selections.newest(new LinkedMultiValueMap<>(), SIZE, locale).slugs()));
			return new AtomFeed(feedId("feed:changes", locale), language(locale), title,
					newest.stream().findFirst().map(Partnership::getUpdatedAt).orElse(Instant.EPOCH),
					baseUrl + "/changes.atom" + inLanguage("", locale), baseUrl + "/changes" + inLanguage("", locale),
					newest.stream().limit(SIZE).map(partnership -> entry(partnership, baseUrl, locale)).toList());
		}
		Map<String, Partnerships.Named> names = partnerships.namesByIds(recent.stream()
			.filter(revision -> revision.entryType() == EntryType.PARTNERSHIP)
			.map(Revision::entryKey)
			.collect(Collectors.toSet()));
		// Country names in one read, however many country entries changed.
		Map<String, LocalizedText> countryNames = recent.stream().anyMatch(revision -> revision.entryType() == EntryType.COUNTRY)
				? countries.all().stream().collect(Collectors.toMap(Country::getCode, Country::getName)) : Map.of();
		return new AtomFeed(feedId("feed:changes", locale), language(locale), title, recent.get(0).madeAt(),
				baseUrl + "/changes.atom" + inLanguage("", locale), baseUrl + "/changes" + inLanguage("", locale),
				recent.stream().map(revision -> entry(revision, names, countryNames, baseUrl, locale)).toList());
	}

	private AtomFeed.Entry entry(Partnership partnership, String baseUrl, Locale locale) {
		boolean isNew = Objects.equals(partnership.getCreatedAt(), partnership.getUpdatedAt());
		String summary = message(isNew ? "feed.entry.new" : "feed.entry.updated", locale) + " "
				+ PartnershipTable.text(partnership.getSummary(), locale);
		return new AtomFeed.Entry(AtomFeed.urn("partnership:" + partnership.getId()), partnership.getName().in(locale),
				partnership.getCreatedAt(), partnership.getUpdatedAt(), baseUrl + "/partnerships/" + partnership.getSlug(),
				summary.strip());
	}

	private AtomFeed.Entry entry(Revision revision, Map<String, Partnerships.Named> names,
			Map<String, LocalizedText> countryNames, String baseUrl, Locale locale) {
		String name;
		String link;
		if (revision.entryType() == EntryType.PARTNERSHIP) {
			Partnerships.Named named = names.get(revision.entryKey());
			name = named == null ? revision.entryKey() : named.name().in(locale);
			// A retired entry has no public page any more; its change is still listed on /changes.
			link = named == null || named.retired() ? baseUrl + "/changes"
					: baseUrl + "/partnerships/" + named.slug() + "/history";
		}
		else {
			LocalizedText countryName = countryNames.get(revision.entryKey());
			name = countryName == null ? revision.entryKey() : countryName.in(locale);
			link = baseUrl + "/countries/" + revision.entryKey() + "/history";
		}
		String who = revision.authorCountry() == null ? revision.authorName()
				: revision.authorName() + " (" + revision.authorCountry() + ")";
		String fields = revision.changedFields()
			.stream()
			.map(field -> messages.getMessage("field." + field, null, field, locale))
			.collect(Collectors.joining(", "));
		String summary = message("feed.change.summary", locale, who, fields);
		if (revision.reason() != null) {
			summary += " " + message("feed.change.reason", locale, revision.reason());
		}
		return new AtomFeed.Entry(AtomFeed.urn("revision:" + revision.id()),
				name + " – " + message("history.action." + revision.action(), locale), null, revision.madeAt(), link,
				summary);
	}

	/**
	 * Each language is a feed of its own, with its own id, so that a feed reader subscribed to both keeps
	 * them apart. The English ids are those the feeds always had; entries keep one id in every language.
	 */
	static String feedId(String name, Locale locale) {
		return AtomFeed.urn(isFrench(locale) ? name + "#lang=fr" : name);
	}

	/**
	 * The feed's own addresses say its language: a feed reader has no language cookie, so a French feed's
	 * {@code self} link must ask for French to get French again.
	 */
	static String inLanguage(String query, Locale locale) {
		if (!isFrench(locale)) {
			return query;
		}
		return query.isEmpty() ? "?lang=fr" : query + "&lang=fr";
	}

	private static String language(Locale locale) {
		return isFrench(locale) ? "fr" : "en";
	}

	private static boolean isFrench(Locale locale) {
		return "fr".equals(locale.getLanguage());
	}

	private static List<Partnership> newest(List<Partnership> selected) {
		return selected.stream()
			.sorted(Comparator.comparing(Partnership::getUpdatedAt, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(Partnership::getSlug))
			.toList();
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
