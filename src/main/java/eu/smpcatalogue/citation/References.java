package eu.smpcatalogue.citation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.system.PublicUrl;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link Reference} of an entry, a version of an entry or a country page, and the texts every
 * citation shares: the author (the EMN contact point of the reporting country, "EMN Belgium", or the
 * network when no country reported it), the publisher and the edition of the EMN inform the data comes
 * from. Used by templates as {@code @references}.
 */
@Component("references")
public class References {

	/** Who publishes the entries: the catalogue itself, in every language. */
	public static final String PUBLISHER = "SMP Catalogue";

	/** The edition of the EMN inform every entry comes from: the French edition of February 2022. */
	public static final int EDITION_YEAR = 2022;

	public static final int EDITION_MONTH = 2;

	private final MessageSource messages;

	private final PublicUrl publicUrl;

	References(MessageSource messages, PublicUrl publicUrl) {
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	/**
	 * The edition, worded the same in the cite box, the downloads, the JSON-LD, the API and the exports:
	 * {@code European Migration Network, EMN Inform "Skills Mobility Partnerships" (French edition, February 2022)}.
	 */
	public String edition(Locale locale) {
		return messages.getMessage("citation.edition", null, language(locale));
	}

	/** "EMN Belgium" for an entry Belgium's contact point reported; the network for the others. */
	public String author(Country reportingCountry, Locale locale) {
		return reportingCountry == null ? messages.getMessage("citation.author.network", null, language(locale))
				: messages.getMessage("citation.author.contactPoint",
						new Object[] { reportingCountry.getName().in(locale) }, language(locale));
	}

	/** The living entry: its permalink, last changed when it was. */
	public Reference of(Partnership partnership, Locale locale) {
		return reference("smp-" + partnership.getSlug(), partnership.getReportingCountry(), partnership.getName(),
				partnership.getUpdatedAt(), permalink(partnership.getSlug()), null, locale);
	}

	/** The entry as a revision saved it: its version's permanent address, dated when that version was saved. */
	public Reference ofVersion(Partnership asItWas, String slug, long number, Instant savedAt, Locale locale) {
		return reference("smp-" + slug + "-v" + number, asItWas.getReportingCountry(), asItWas.getName(), savedAt,
				versionUrl(slug, number), number, locale);
	}

	/** A country's page: its answer to the EMN's query, by its own contact point when it was asked. */
	public Reference of(Country country, Locale locale) {
		Country contactPoint = country.getEmnAnswer() != null && country.getEmnAnswer().wasAsked() ? country : null;
		return reference("smp-country-" + country.getCode().toLowerCase(Locale.ROOT), contactPoint, country.getName(),
				country.getUpdatedAt(), publicUrl.of("/countries/" + country.getCode()), null, locale);
	}

	public String permalink(String slug) {
		return publicUrl.of("/partnerships/" + encode(slug));
	}

	public String versionUrl(String slug, long number) {
		return permalink(slug) + "/versions/" + number;
	}

	private Reference reference(String key, Country author, LocalizedText title, Instant modified, String url,
			Long version, Locale locale) {
		Locale language = title.isTranslationMissing(locale) ? otherLanguage(locale) : language(locale);
		return new Reference(key, author(author, locale), title.in(locale), language.getLanguage(), modified, url,
				PUBLISHER, edition(locale), messages.getMessage("citation.note", new Object[] { edition(locale) }, language(locale)),
				EDITION_YEAR, EDITION_MONTH, version, null);
	}

	/** The reference as one plain-text line, as the cite box shows it. */
	public String text(Reference reference, Locale locale) {
		String title = withoutFinalStop(reference.title());
		if (reference.version() == null) {
			return messages.getMessage("citation.text", new Object[] { reference.author(), title,
					day(reference.modifiedOn(), locale), reference.url() }, language(locale));
		}
		return messages.getMessage("citation.text.version", new Object[] { reference.author(), title,
				reference.version().toString(), day(reference.modifiedOn(), locale), reference.url(),
				day(reference.accessed(), locale) }, language(locale));
	}

	/** The living entry as cited on a given day, with that day as its access date. */
	public String textAccessed(Reference reference, Locale locale) {
		return messages.getMessage("citation.text.accessed", new Object[] { reference.author(),
				withoutFinalStop(reference.title()), day(reference.modifiedOn(), locale), reference.url(),
				day(reference.accessed(), locale) }, language(locale));
	}

	/** Today, in UTC: the access date of a reference read now. */
	public LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	/** "27 November 2026", "27 novembre 2026". */
	public String day(LocalDate day, Locale locale) {
		return day == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", language(locale)).format(day);
	}

	/**
	 * The Highwire Press tags ({@code citation_*}) that Zotero, Mendeley and Google Scholar read from a page's
	 * head: title, author, dates (slashed, as Highwire writes them), addresses, publisher and language.
	 */
	public List<Tag> highwire(Reference reference) {
		List<Tag> tags = new ArrayList<>();
		tags.add(new Tag("citation_title", reference.title()));
		tags.add(new Tag("citation_author", reference.author()));
		LocalDate modified = reference.modifiedOn();
		if (modified != null) {
			String slashed = modified.format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
			tags.add(new Tag("citation_publication_date", slashed));
			tags.add(new Tag("citation_date", slashed));
			tags.add(new Tag("citation_online_date", slashed));
		}
		tags.add(new Tag("citation_public_url", reference.url()));
		tags.add(new Tag("citation_abstract_html_url", reference.url()));
		tags.add(new Tag("citation_publisher", reference.publisher()));
		tags.add(new Tag("citation_language", reference.language()));
		tags.add(new Tag("citation_reference", reference.edition()));
		return tags;
	}

	/** One {@code <meta name content>} of a page's head. */
	public record Tag(String name, String content) {
	}

	private static Locale language(Locale locale) {
		return locale != null && "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
	}

	private static Locale otherLanguage(Locale locale) {
		return language(locale) == Locale.FRENCH ? Locale.ENGLISH : Locale.FRENCH;
	}

	/** A citation puts its own full stops: a title ending in one would get two. */
	static String withoutFinalStop(String text) {
		String stripped = text == null ? "" : text.strip();
		return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
