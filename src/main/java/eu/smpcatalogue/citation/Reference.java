package eu.smpcatalogue.citation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What a citation of one catalogue entry says, whatever the format: its key, its author (the EMN contact
 * point that reported it, or the network), its title in one language, the day it was last changed, its
 * address, the publisher, the edition of the EMN inform the data comes from and that edition's date. A
 * version of an entry also has its number, and a reference for a reader also the day they accessed it.
 */
public record Reference(String key, String author, String title, String language, Instant modified, String url,
		String publisher, String edition, String note, int editionYear, int editionMonth, Long version,
		LocalDate accessed) {

	/** The day the entry last changed, in UTC; null when the catalogue does not know it. */
	public LocalDate modifiedOn() {
		return modified == null ? null : modified.atZone(ZoneOffset.UTC).toLocalDate();
	}

	/** The same reference as read on a given day (an access date). */
	public Reference accessedOn(LocalDate day) {
		return new Reference(key, author, title, language, modified, url, publisher, edition, note, editionYear,
				editionMonth, version, day);
	}

}
