package eu.smpcatalogue.mail;

import java.util.List;
import java.util.Locale;

/**
 * One mail to one person, in their language: what it is about ({@code kind}, for the outbox's list), its
 * subject, its paragraphs, and at most one link to follow. Written as text; the HTML version is the same
 * words, escaped, with nothing that reports back (no images, no remote content, no tracking links).
 */
public record Mail(String kind, String recipient, Locale language, String subject, List<String> paragraphs,
		Link action) {

	public Mail {
		paragraphs = List.copyOf(paragraphs);
	}

	/** A link and the words on it. */
	public record Link(String label, String url) {
	}

}
