package eu.smpcatalogue.occupation;

import eu.smpcatalogue.i18n.LocalizedText;

/** A coded value and the source's sentence that supports it; a value the source does not state has none. */
public record Stated<T>(T value, LocalizedText sentence) {

	public boolean isStated() {
		return sentence != null && !sentence.isEmpty();
	}

}
