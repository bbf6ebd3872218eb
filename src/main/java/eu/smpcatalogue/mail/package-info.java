/**
 * E-mail: every mail is written to an outbox in the transaction of what it tells of, and sent later, by
 * one instance of the cluster at a time, to the SMTP server named by the standard {@code spring.mail.*}
 * settings; without one, mails are kept for administrators to read at {@code /admin/outbox}.
 */
package eu.smpcatalogue.mail;
