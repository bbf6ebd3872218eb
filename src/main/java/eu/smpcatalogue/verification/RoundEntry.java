package eu.smpcatalogue.verification;

import java.time.Instant;

import eu.smpcatalogue.history.EntryType;

/**
 * An entry a contact point is asked to check in a round: its address and names, when it was last checked
 * (by anyone, ever) and whether that was within the round.
 */
public record RoundEntry(EntryType type, String path, String nameEn, String nameFr, Instant lastVerified,
		boolean done) {
}
