package eu.smpcatalogue.mail;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Accounts.Recipient;
import eu.smpcatalogue.account.MailFrequency;
import eu.smpcatalogue.system.PublicUrl;
import eu.smpcatalogue.verification.RoundOpened;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The contact points of a round's countries hear that it opened, and three days before its deadline if entries are left. */
@Component
class RoundMails {

	private final Outbox outbox;

	private final Accounts accounts;

	private final PublicUrl publicUrl;

	RoundMails(Outbox outbox, Accounts accounts, PublicUrl publicUrl) {
		this.outbox = outbox;
		this.accounts = accounts;
		this.publicUrl = publicUrl;
	}

	@EventListener
	void opened(RoundOpened round) {
		String kind = round.reminder() ? "round-reminder" : "round-opened";
		for (MailFrequency frequency : MailFrequency.values()) {
			for (Recipient person : accounts.recipients(round.countries(), false, frequency)) {
				String deadline = round.deadline().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(person.language()));
				outbox.post(kind, person.email(), person.language(), publicUrl.of("/account/rounds"), person.displayName(),
						round.name(), deadline);
			}
		}
	}

}
