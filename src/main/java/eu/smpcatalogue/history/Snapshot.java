package eu.smpcatalogue.history;

/**
 * An entry as one revision saved it, in the history's own format: field names and values belong to this
 * feature, not to an edit form, so that what an old revision shows and restores stays the same when a
 * form changes. {@link SnapshotFormat} writes and reads it, with the version of its format.
 */
public sealed interface Snapshot permits PartnershipSnapshot, CountrySnapshot {

}
