package eu.smpcatalogue.source;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** Where a fact comes from: a document and the place in it (section, box or footnote). */
@Embeddable
public record SourceReference(@ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "source_key") SourceDocument document,
		String locator) {
}
