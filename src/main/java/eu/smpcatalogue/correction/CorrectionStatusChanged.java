package eu.smpcatalogue.correction;

/**
 * Published when a suggestion is applied or declined, within that transaction, with the entry it is
 * for: whoever tells the person who suggested it (the outbox) writes in the same transaction.
 */
public record CorrectionStatusChanged(Correction correction, CorrectionEntry entry) {
}
