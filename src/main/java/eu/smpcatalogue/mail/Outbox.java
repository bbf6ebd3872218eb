package eu.smpcatalogue.mail;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where mails are posted. A mail is one row, written in the caller's transaction: it leaves only if what
 * it tells of was saved, and posting it never waits for a mail server ({@link OutboxSender} sends it).
 */
@Component
public class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private final JdbcClient jdbc;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	Outbox(JdbcClient jdbc, ITemplateEngine templates, MessageSource messages) {
		this.jdbc = jdbc;
		this.templates = templates;
		this.messages = messages;
	}

	/**
	 * Posts the mail whose words are the messages {@code mail.<kind>.subject}, {@code .body} (paragraphs
	 * separated by blank lines) and {@code .action}, in the recipient's language, with these arguments.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void post(String kind, String recipient, Locale language, String actionUrl, Object... arguments) {
		String subject = messages.getMessage("mail." + kind + ".subject", arguments, language);
		List<String> paragraphs = List.of(messages.getMessage("mail." + kind + ".body", arguments, language).split("\\n\\s*\\n"));
		Mail.Link action = actionUrl == null ? null
				: new Mail.Link(messages.getMessage("mail." + kind + ".action", arguments, language), actionUrl);
		post(new Mail(kind, recipient, language, subject, paragraphs, action));
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void post(Mail mail) {
		jdbc.sql("""
				INSERT INTO mail_outbox (kind, recipient, language, subject, text_body, html_body)
				VALUES (:kind, :recipient, :language, :subject, :text, :html)""")
			.param("kind", mail.kind())
			.param("recipient", mail.recipient())
			.param("language", mail.language().getLanguage())
			.param("subject", mail.subject())
			.param("text", text(mail))
			.param("html", html(mail))
			.update();
		log.info("Mail '{}' to {} posted to the outbox", mail.kind(), mail.recipient());
	}

	/** The latest mails, newest first, for administrators. */
	List<PostedMail> latest(int limit) {
		return jdbc.sql("SELECT * FROM mail_outbox ORDER BY created_at DESC, id DESC LIMIT :limit")
			.param("limit", limit)
			.query(PostedMail.class)
			.list();
	}

	Optional<PostedMail> find(long id) {
		return jdbc.sql("SELECT * FROM mail_outbox WHERE id = :id").param("id", id).query(PostedMail.class).optional();
	}

	private String text(Mail mail) {
		StringBuilder text = new StringBuilder();
		for (String paragraph : mail.paragraphs()) {
			text.append(paragraph.strip()).append("\n\n");
		}
		if (mail.action() != null) {
			text.append(mail.action().label()).append(":\n").append(mail.action().url()).append("\n\n");
		}
		text.append("-- \n").append(messages.getMessage("mail.signature", null, mail.language())).append('\n');
		return text.toString();
	}

	private String html(Mail mail) {
		Context context = new Context(mail.language());
		context.setVariable("mail", mail);
		return templates.process("mail/message", context);
	}

}
