package eu.smpcatalogue.partnership;

import java.util.Locale;

/**
 * A term of the catalogue's controlled vocabulary. Its key names it in URLs ({@code ?kind=pilot-project})
 * and in the message bundles ({@code kind.pilot-project}).
 */
public interface Vocabulary {

	String name();

	default String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
