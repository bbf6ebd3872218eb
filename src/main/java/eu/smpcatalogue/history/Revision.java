package eu.smpcatalogue.history;

import java.time.Instant;
import java.util.List;

/**
 * One saved state of an entry: who saved it, when, which fields changed, the whole entry as it then was, and
 * why, in the editor's words (null when they gave no reason).
 */
public record Revision(long id, EntryType entryType, String entryKey, long entryVersion, Action action,
		String authorName, String authorCountry, Instant madeAt, List<String> changedFields, Snapshot snapshot,
		String reason) {
}
