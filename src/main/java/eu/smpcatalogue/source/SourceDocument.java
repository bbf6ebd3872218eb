package eu.smpcatalogue.source;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document the catalogue cites: the EMN inform itself, one its footnotes point to, or one an editor added. */
@Entity
@Table(name = "source_document")
public class SourceDocument {

	/** The EMN inform on skills mobility partnerships, source of every seeded entry. */
	public static final String EMN_INFORM = "emn-inform-smp-2022";

	@Id
	private String key;

	private String title;

	private String publisher;

	/** As precise as known: 2018, 2018-05 or 2018-05-31. */
	private String published;

	private String url;

	/** ISO date (or year-month) on which the inform's authors last consulted it. */
	private String consulted;

	/** The inform's footnotes that cite it. */
	private String footnotes;

	/** The language it is written in, as a BCP 47 tag (fr, de, en-GB). */
	private String language;

	protected SourceDocument() {
	}

	/** A document an editor adds; its key is chosen by the caller and then stays. */
	public static SourceDocument create(String key, String title, String publisher, String published, String url,
			String language) {
		SourceDocument document = new SourceDocument();
		document.key = key;
		document.title = title;
		document.publisher = publisher;
		document.published = published;
		document.url = url;
		document.language = language;
		return document;
	}

	public String getKey() {
		return key;
	}

	public String getTitle() {
		return title;
	}

	public String getPublisher() {
		return publisher;
	}

	public String getPublished() {
		return published;
	}

	public String getUrl() {
		return url;
	}

	public String getConsulted() {
		return consulted;
	}

	public String getFootnotes() {
		return footnotes;
	}

	public String getLanguage() {
		return language;
	}

	public boolean isInform() {
		return EMN_INFORM.equals(key);
	}

}
