package eu.smpcatalogue.history;

/** A field whose value differs between two revisions, both values written out for reading. */
public record FieldChange(String field, String before, String after) {
}
