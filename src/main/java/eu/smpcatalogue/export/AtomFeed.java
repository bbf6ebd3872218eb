package eu.smpcatalogue.export;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 feed (RFC 4287) in one language ({@code xml:lang}). Ids are name-based UUID URNs of what they
 * stand for ("partnership:12"), so that they stay the same across hosts, languages and when an administrator
 * changes a slug.
 */
record AtomFeed(String id, String language, String title, Instant updated, String selfLink, String alternateLink,
		List<Entry> entries) {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final String XML = "http://www.w3.org/XML/1998/namespace";

	record Entry(String id, String title, Instant published, Instant updated, String link, String summary) {
	}

	/** A permanent URN for something the catalogue names, e.g. {@code urn("partnership:12")}. */
	static String urn(String name) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(("smp-catalogue:" + name).getBytes(StandardCharsets.UTF_8));
	}

	String toXml() {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			// The language of every text in the feed (RFC 4287 section 2), inherited by its entries.
			xml.writeAttribute("xml", XML, "lang", language);
			text(xml, "id", id);
			text(xml, "title", title);
			text(xml, "updated", timestamp(updated));
			link(xml, "self", selfLink, "application/atom+xml");
			link(xml, "alternate", alternateLink, "text/html");
			xml.writeStartElement("author");
			text(xml, "name", "SMP Catalogue");
			xml.writeEndElement();
			for (Entry entry : entries) {
				xml.writeStartElement("entry");
				text(xml, "id", entry.id());
				text(xml, "title", entry.title());
				if (entry.published() != null) {
					text(xml, "published", timestamp(entry.published()));
				}
				text(xml, "updated", timestamp(entry.updated()));
				link(xml, "alternate", entry.link(), "text/html");
				if (entry.summary() != null && !entry.summary().isBlank()) {
					text(xml, "summary", entry.summary());
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write the Atom feed", ex);
		}
		return out.toString();
	}

	private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(value == null ? "" : value);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	/** RFC 3339, to the second. */
	private static String timestamp(Instant instant) {
		return (instant == null ? Instant.EPOCH : instant).truncatedTo(ChronoUnit.SECONDS).toString();
	}

}
