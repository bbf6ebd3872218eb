package eu.smpcatalogue.occupation;

import java.util.Locale;

import eu.smpcatalogue.i18n.LocalizedText;

/** A group of ISCO-08: its code says its level (one digit a major group, four a unit group). */
public record IscoGroup(String code, LocalizedText name) {

	public Level level() {
		return Level.values()[code.length() - 1];
	}

	/** "2221 Nursing professionals": the code for machines, the title for people. */
	public String label(Locale locale) {
		return code + " " + name.in(locale);
	}

	public enum Level {

		MAJOR, SUB_MAJOR, MINOR, UNIT

	}

}
