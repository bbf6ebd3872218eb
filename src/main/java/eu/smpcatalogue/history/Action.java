package eu.smpcatalogue.history;

/** What a revision did to its entry. */
public enum Action {

	/** The entry as the seed imported it from the source, recorded before its first edit. */
	IMPORTED,
	CREATED, EDITED, RETIRED, RESTORED,
	/** An administrator brought back an earlier revision (itself a new revision). */
	REVERTED,
	/** A programme's public list of parts gained or lost an entry (linked or unlinked, restored or retired). */
	PART_ADDED, PART_REMOVED,
	/** An administrator merged two organisations or two source documents: the entry now cites the one kept. */
	MERGED

}
