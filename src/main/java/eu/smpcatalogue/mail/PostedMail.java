package eu.smpcatalogue.mail;

import java.time.Instant;

/** A mail as the outbox holds it, and how far its sending got. */
record PostedMail(long id, String kind, String recipient, String language, String subject, String textBody,
		String htmlBody, Instant createdAt, Status status, int attempts, Instant nextAttemptAt, Instant sentAt,
		String lastError) {

	enum Status {

		/** Waiting to be sent, or to be tried again. */
		PENDING,
		/** Accepted by the mail server. */
		SENT,
		/** No mail server is set: kept here, and in the log, for administrators. */
		KEPT,
		/** Refused too many times: no more attempts. */
		FAILED

	}

}
