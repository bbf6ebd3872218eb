package eu.smpcatalogue.mail;

import java.time.Duration;
import java.util.Optional;

import eu.smpcatalogue.system.ClusterJobs;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.StringUtils;

/**
 * Sends what the outbox holds, on one instance of the cluster at a time ({@link ClusterJobs}). Each mail is
 * taken under a row lock that other senders skip, so that even two overlapping runs never send one twice.
 * A refused mail is tried again after 1, 2, 4… minutes (at most six hours apart), eight times in all.
 * Without a mail server ({@code spring.mail.host} unset or empty) mails are kept and logged instead.
 */
@Component
@EnableScheduling
public class OutboxSender {

	static final String JOB = "mail-outbox";

	static final int MAXIMUM_ATTEMPTS = 8;

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	private final ClusterJobs jobs;

	private final ObjectProvider<JavaMailSender> mailServer;

	private final String from;

	OutboxSender(JdbcClient jdbc, TransactionOperations transactions, ClusterJobs jobs,
			ObjectProvider<JavaMailSender> mailServer, @Value("${smp.mail.from:SMP Catalogue <no-reply@localhost>}") String from) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.jobs = jobs;
		this.mailServer = mailServer;
		this.from = from;
	}

	@Scheduled(fixedDelayString = "${smp.mail.send-every:PT15S}", initialDelayString = "${smp.mail.send-every:PT15S}")
	void sendWhenDue() {
		if (jobs.claim(JOB, Duration.ofSeconds(5))) {
			sendDue();
		}
	}

	/** Sends every mail that is due now; returns how many were handled (sent, kept, or put off). */
	public int sendDue() {
		int handled = 0;
		while (handled < 500 && Boolean.TRUE.equals(transactions.execute(status -> sendNext()))) {
			handled++;
		}
		return handled;
	}

	private boolean sendNext() {
		Optional<PostedMail> next = jdbc.sql("""
				SELECT * FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= now()
				ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""").query(PostedMail.class).optional();
		if (next.isEmpty()) {
			return false;
		}
		PostedMail mail = next.get();
		JavaMailSender server = mailServer.getIfAvailable();
		if (server == null || server instanceof JavaMailSenderImpl named && !StringUtils.hasText(named.getHost())) {
			log.info("No mail server is set (spring.mail.host): mail {} '{}' to {} is kept for administrators at /admin/outbox:\n{}",
					mail.id(), mail.subject(), mail.recipient(), mail.textBody());
			mark(mail, "status = 'KEPT'", null);
			return true;
		}
		try {
			server.send(message(server, mail));
			mark(mail, "status = 'SENT', sent_at = now(), attempts = attempts + 1", null);
		}
		catch (MailException | MessagingException ex) {
			int attempts = mail.attempts() + 1;
			log.warn("Mail {} to {} was not sent (attempt {} of {}): {}", mail.id(), mail.recipient(), attempts,
					MAXIMUM_ATTEMPTS, ex.getMessage());
			String error = String.valueOf(ex.getMessage());
			if (attempts >= MAXIMUM_ATTEMPTS) {
				mark(mail, "status = 'FAILED', attempts = attempts + 1", error);
			}
			else {
				long minutes = Math.min(1L << (attempts - 1), 360);
				mark(mail, "attempts = attempts + 1, next_attempt_at = now() + make_interval(mins => " + minutes + ")", error);
			}
		}
		return true;
	}

	private MimeMessage message(JavaMailSender server, PostedMail mail) throws MessagingException {
		MimeMessage message = server.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(from);
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.textBody(), mail.htmlBody());
		message.setHeader("Content-Language", mail.language());
		message.setHeader("Auto-Submitted", "auto-generated");
		return message;
	}

	private void mark(PostedMail mail, String change, String error) {
		jdbc.sql("UPDATE mail_outbox SET " + change + ", last_error = :error WHERE id = :id")
			.param("error", error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
			.param("id", mail.id())
			.update();
	}

}
