package eu.smpcatalogue.correction;

/**
 * Published when a suggestion is stored, within its transaction, with the entry it is for: whoever
 * tells the owners of it (the outbox) writes in the same transaction.
 */
public record CorrectionReceived(Correction correction, CorrectionEntry entry) {
}
