package eu.smpcatalogue.correction;

import java.time.Instant;
import java.util.List;

import eu.smpcatalogue.history.EntryType;

/**
 * A correction a reader suggested for an entry, as stored: what they say is wrong, what it should say and
 * their source, who they are if they said, whose it is to handle, and how it was closed.
 */
public record Correction(long id, String token, EntryType entryType, String entryKey, String whatIsWrong,
		String shouldSay, String source, String senderName, String senderOrganisation, String senderEmail,
		String language, List<String> ownerCountries, boolean forAdministrators, CorrectionStatus status,
		Instant receivedAt, Instant closedAt, String closedByName, Long revisionId, String declineReason) {

	public boolean isOpen() {
		return status == CorrectionStatus.OPEN;
	}

}
