package eu.smpcatalogue.correction;

/**
 * Published when a suggestion is stored, within its transaction: where the owners would be told of it
 * (listen with {@code @TransactionalEventListener} to act once it is committed).
 */
public record CorrectionReceived(Correction correction) {
}
