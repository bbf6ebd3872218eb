package eu.smpcatalogue.history;

import java.util.List;

/**
 * A field whose value differs between two revisions, as the lines a reader compares: one for a single
 * value, one for each row of a list that was added, removed or changed.
 */
public record FieldChange(String field, List<ChangedLine> lines) {
}
