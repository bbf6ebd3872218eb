package eu.smpcatalogue.mail;

import java.util.Locale;

import eu.smpcatalogue.account.PasswordLinkIssued;
import eu.smpcatalogue.system.PublicUrl;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The mails an account's owner gets: the invitation to choose a password, and the link they asked for. */
@Component
class AccountMails {

	private final Outbox outbox;

	private final PublicUrl publicUrl;

	AccountMails(Outbox outbox, PublicUrl publicUrl) {
		this.outbox = outbox;
		this.publicUrl = publicUrl;
	}

	/** Runs in the transaction that made the link: the mail is posted only if the link is saved. */
	@EventListener
	void passwordLinkIssued(PasswordLinkIssued link) {
		String kind = link.purpose() == PasswordLinkIssued.Purpose.INVITATION ? "invitation" : "password-reset";
		outbox.post(kind, link.email(), Locale.forLanguageTag(link.language()), publicUrl.of(link.path()),
				link.displayName(), link.username(), publicUrl.base());
	}

}
