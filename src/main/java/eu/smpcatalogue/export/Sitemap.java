package eu.smpcatalogue.export;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import eu.smpcatalogue.catalogue.Tally;
import eu.smpcatalogue.country.Countries;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.system.PublicUrl;

import org.springframework.stereotype.Component;

/** The sitemap (sitemaps.org 0.9): the public pages worth harvesting, each entry with its last change. */
@Component
class Sitemap {

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final Countries countries;

	private final PublicUrl publicUrl;

	Sitemap(Countries countries, PublicUrl publicUrl) {
		this.countries = countries;
		this.publicUrl = publicUrl;
	}

	/** {@code published}: every published entry's address and last change (read as such, not loaded). */
	String toXml(List<Tally.Stamped> published) {
		String baseUrl = publicUrl.base();
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("urlset");
			xml.writeDefaultNamespace(NAMESPACE);
			for (String path : List.of("/", "/partnerships", "/countries", "/sources")) {
				url(xml, baseUrl + path, null);
			}
			for (Tally.Stamped partnership : published) {
				url(xml, baseUrl + "/partnerships/" + partnership.slug(), partnership.updatedAt());
			}
			for (Country country : countries.all()) {
				url(xml, baseUrl + "/countries/" + country.getCode(), country.getUpdatedAt());
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write the sitemap", ex);
		}
		return out.toString();
	}

	private static void url(XMLStreamWriter xml, String location, Instant lastModified) throws XMLStreamException {
		xml.writeStartElement("url");
		xml.writeStartElement("loc");
		xml.writeCharacters(location);
		xml.writeEndElement();
		if (lastModified != null) {
			xml.writeStartElement("lastmod");
			xml.writeCharacters(lastModified.atZone(ZoneOffset.UTC).toLocalDate().toString());
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

}
