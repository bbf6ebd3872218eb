package eu.smpcatalogue.occupation;

import eu.smpcatalogue.i18n.LocalizedText;

/** An occupation a partnership targets: its ISCO group, the source's words for it, and their sentence. */
public record CodedOccupation(IscoGroup group, LocalizedText words, LocalizedText sentence, String locator) {
}
