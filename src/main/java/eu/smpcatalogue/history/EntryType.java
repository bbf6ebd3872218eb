package eu.smpcatalogue.history;

/** The kinds of entry whose every change is recorded. */
public enum EntryType {

	PARTNERSHIP, COUNTRY

}
