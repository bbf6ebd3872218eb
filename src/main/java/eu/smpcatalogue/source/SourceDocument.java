package eu.smpcatalogue.source;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document the catalogue cites: the EMN inform itself, or one its footnotes point to. */
@Entity
@Table(name = "source_document")
public class SourceDocument {

	/** The EMN inform on skills mobility partnerships, source of every seeded entry. */
	public static final String EMN_INFORM = "emn-inform-smp-2022";

	@Id
	private String key;

	private String title;

	private String publisher;

	private String published;

	private String url;

	/** ISO date (or year-month) on which the inform's authors last consulted it. */
	private String consulted;

	/** The inform's footnotes that cite it. */
	private String footnotes;

	protected SourceDocument() {
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

	public boolean isInform() {
		return EMN_INFORM.equals(key);
	}

}
