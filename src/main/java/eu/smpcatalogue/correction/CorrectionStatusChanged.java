package eu.smpcatalogue.correction;

/**
 * Published when a suggestion is applied or declined, within that transaction: where the person who
 * suggested it would be told (listen with {@code @TransactionalEventListener} to act once it is committed).
 */
public record CorrectionStatusChanged(Correction correction) {
}
