package eu.smpcatalogue.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Accounts.Recipient;
import eu.smpcatalogue.account.MailFrequency;
import eu.smpcatalogue.correction.Correction;
import eu.smpcatalogue.correction.CorrectionEntry;
import eu.smpcatalogue.correction.CorrectionReceived;
import eu.smpcatalogue.correction.CorrectionStatus;
import eu.smpcatalogue.correction.CorrectionStatusChanged;
import eu.smpcatalogue.correction.Corrections;
import eu.smpcatalogue.system.ClusterJobs;
import eu.smpcatalogue.system.PublicUrl;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers' corrections send: to the entry's owners, a mail as each arrives (or a daily digest, as each
 * person chose); to the reader who gave an address, a mail when theirs is applied or declined. Posted in
 * the transaction that stored or closed the suggestion.
 */
@Component
public class CorrectionMails {

	static final String DIGEST_JOB = "correction-digest";

	private final Outbox outbox;

	private final Accounts accounts;

	private final Corrections corrections;

	private final PublicUrl publicUrl;

	private final MessageSource messages;

	private final ClusterJobs jobs;

	CorrectionMails(Outbox outbox, Accounts accounts, Corrections corrections, PublicUrl publicUrl,
			MessageSource messages, ClusterJobs jobs) {
		this.outbox = outbox;
		this.accounts = accounts;
		this.corrections = corrections;
		this.publicUrl = publicUrl;
		this.messages = messages;
		this.jobs = jobs;
	}

	@EventListener
	void received(CorrectionReceived received) {
		Correction correction = received.correction();
		for (Recipient owner : accounts.recipients(correction.ownerCountries(), correction.forAdministrators(),
				MailFrequency.EACH)) {
			outbox.post("correction-received", owner.email(), owner.language(), publicUrl.of("/account/inbox"),
					owner.displayName(), name(received.entry(), correction, owner.language()), correction.whatIsWrong(),
					correction.shouldSay(), correction.source());
		}
	}

	@EventListener
	void statusChanged(CorrectionStatusChanged changed) {
		Correction correction = changed.correction();
		if (correction.senderEmail() == null || correction.senderEmail().isBlank()) {
			return;
		}
		Locale language = Locale.forLanguageTag(correction.language());
		String kind = correction.status() == CorrectionStatus.APPLIED ? "correction-applied" : "correction-declined";
		outbox.post(kind, correction.senderEmail(), language, publicUrl.of("/corrections/" + correction.token()),
				name(changed.entry(), correction, language), correction.declineReason() == null ? "" : correction.declineReason());
	}

	/** Once a day, on one instance: each person who chose a digest gets the day's new suggestions, if any. */
	@Scheduled(cron = "${smp.mail.digest-cron:0 0 7 * * *}", zone = "UTC")
	void dailyDigest() {
		if (jobs.claim(DIGEST_JOB, Duration.ofHours(20))) {
			sendDigests(Duration.ofDays(1));
		}
	}

	/** Posts the digest of the suggestions received within {@code since}; answers how many were posted. */
	@Transactional
	public int sendDigests(Duration since) {
		int posted = 0;
		for (Recipient person : accounts.recipients(MailFrequency.DAILY)) {
			List<Corrections.InboxItem> recent = corrections.receivedSince(person.countryCode(), since);
			if (recent.isEmpty()) {
				continue;
			}
			List<String> lines = new ArrayList<>();
			for (Corrections.InboxItem item : recent) {
				lines.add("• " + name(item.entry(), item.correction(), person.language()) + ": " + item.correction().whatIsWrong());
			}
			outbox.post("correction-digest", person.email(), person.language(), publicUrl.of("/account/inbox"),
					person.displayName(), recent.size(), String.join("\n", lines));
			posted++;
		}
		return posted;
	}

	private String name(CorrectionEntry entry, Correction correction, Locale language) {
		if (entry == null) {
			return correction.entryKey();
		}
		String name = entry.name().in(language);
		return name == null ? messages.getMessage("mail.correction.unnamed", null, language) : name;
	}

}
