package eu.smpcatalogue.verification;

import java.time.Instant;

import eu.smpcatalogue.history.EntryType;
import eu.smpcatalogue.i18n.LocalizedText;

/**
 * Someone who may edit an entry confirmed it is still right: by saying so ("checked, nothing to change"),
 * or, for a contact point, by saving changes to it (then {@code revisionId} is that save's revision).
 * {@code countryCode} is the country the account answered for then, {@code countryName} its name; both null
 * for an administrator.
 */
public record Verification(long id, EntryType entryType, String entryKey, Long accountId, String accountName,
		String countryCode, LocalizedText countryName, Instant verifiedAt, Long revisionId) {

	public boolean byAdministrator() {
		return countryCode == null;
	}

}
