package eu.smpcatalogue.history;

import java.time.Instant;
import java.util.List;

/** One saved state of an entry: who saved it, when, which fields changed, and the whole entry as it then was. */
public record Revision(long id, EntryType entryType, String entryKey, long entryVersion, Action action,
		String authorName, String authorCountry, Instant madeAt, List<String> changedFields, Snapshot snapshot) {
}
