package eu.smpcatalogue.correction;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.caching.VersionedCache;
import eu.smpcatalogue.correction.CorrectionRepository.NewCorrection;
import eu.smpcatalogue.history.EntryType;
import eu.smpcatalogue.history.History;
import eu.smpcatalogue.history.Revision;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections readers suggest, from the moment they arrive to the moment the entry's owners apply or
 * decline them. Arriving and closing each publish an event ({@link CorrectionReceived},
 * {@link CorrectionStatusChanged}), from which the outbox mails the people concerned.
 */
@Service
@Transactional
public class Corrections {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CorrectionRepository repository;

	private final CorrectionEntries entries;

	private final SubmissionLimits limits;

	private final History history;

	private final VersionedCache cache;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Corrections(CorrectionRepository repository, CorrectionEntries entries, SubmissionLimits limits, History history,
			VersionedCache cache, ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.repository = repository;
		this.entries = entries;
		this.limits = limits;
		this.history = history;
		this.cache = cache;
		this.events = events;
	}

	/** What a reader sent, blank optional fields as null. */
	record Suggestion(String whatIsWrong, String shouldSay, String source, String name, String organisation, String email) {
	}

	/**
	 * Stores a suggestion for its entry's owners and answers the token of its status page, or stores nothing
	 * when the address or everyone has reached the limit.
	 * @throws TooManySuggestionsException over a limit
	 */
	String receive(CorrectionEntry entry, Suggestion suggestion, String addressDigest, Locale language) {
		if (!limits.reserve(addressDigest)) {
			throw new TooManySuggestionsException();
		}
		List<String> owners = entry.ownerCountries();
		boolean forAdministrators = repository.countriesWithContactPoints(owners).isEmpty();
		String token = newToken();
		long id = repository.insert(new NewCorrection(token, entry.type(), entry.key(), suggestion.whatIsWrong(),
				suggestion.shouldSay(), suggestion.source(), suggestion.name(), suggestion.organisation(), suggestion.email(),
				"fr".equals(language.getLanguage()) ? "fr" : "en", owners, forAdministrators));
		events.publishEvent(new CorrectionReceived(repository.find(id).orElseThrow(), entry));
		return token;
	}

	@Transactional(readOnly = true)
	public Optional<Correction> findByToken(String token) {
		return token != null && token.matches("[A-Za-z0-9_-]{22}") ? repository.findByToken(token) : Optional.empty();
	}

	/** How many suggestions for this partnership wait for its owners (its page says so). */
	@Transactional(readOnly = true)
	public long openForPartnership(Long id) {
		return openFor(EntryType.PARTNERSHIP, String.valueOf(id));
	}

	@Transactional(readOnly = true)
	public long openForCountry(String code) {
		return openFor(EntryType.COUNTRY, code);
	}

	private long openFor(EntryType type, String key) {
		// Under the catalogue's version: a suggestion received or closed changes it (V50's trigger).
		return cache.get("openCorrections", type + ":" + key, () -> repository.countOpen(type, key));
	}

	/** A suggestion in an inbox, with its entry (null if the entry is gone). */
	public record InboxItem(Correction correction, CorrectionEntry entry) {
	}

	/** The open suggestions this editor handles, newest first: their countries' or, for an administrator, all. */
	@Transactional(readOnly = true)
	public List<InboxItem> inbox(Editor editor) {
		List<Correction> open = repository.open(editor.isAdministrator() ? null : editor.countryCode());
		Map<String, CorrectionEntry> named = entries.of(open);
		return open.stream()
			.map(correction -> new InboxItem(correction, named.get(correction.entryType() + ":" + correction.entryKey())))
			.toList();
	}

	/**
	 * The open suggestions received within {@code since} for one country's contact points, or for an
	 * administrator ({@code country} null) all of them, newest first: what a daily digest tells.
	 */
	@Transactional(readOnly = true)
	public List<InboxItem> receivedSince(String country, Duration since) {
		Instant after = clock.instant().minus(since);
		List<Correction> recent = repository.open(country).stream().filter(correction -> correction.receivedAt().isAfter(after)).toList();
		Map<String, CorrectionEntry> named = entries.of(recent);
		return recent.stream()
			.map(correction -> new InboxItem(correction, named.get(correction.entryType() + ":" + correction.entryKey())))
			.toList();
	}

	/** An open suggestion this editor may apply or decline. */
	@Transactional(readOnly = true)
	public Optional<InboxItem> toHandle(long id, Editor editor) {
		return repository.find(id)
			.filter(Correction::isOpen)
			.filter(correction -> handles(editor, correction))
			.map(correction -> new InboxItem(correction, entries.find(correction.entryType(), correction.entryKey()).orElse(null)));
	}

	/**
	 * The suggestion an edit form was opened to apply ({@code ?correction=}), when it is open, is for this
	 * entry and is the editor's to handle; otherwise none, and the form is an ordinary one.
	 */
	@Transactional(readOnly = true)
	public Optional<Correction> beingApplied(String id, EntryType type, String key, Editor editor) {
		return parse(id).flatMap(repository::find)
			.filter(Correction::isOpen)
			.filter(correction -> correction.entryType() == type && correction.entryKey().equals(key))
			.filter(correction -> handles(editor, correction));
	}

	/**
	 * The reason a save that applies this suggestion records when the editor gives none: the reader's
	 * words, cut to what a reason holds. Empty when it is not an open suggestion this editor handles.
	 */
	@Transactional(readOnly = true)
	public Optional<String> reasonForApplying(String id, Editor editor, MessageSource messages, Locale locale) {
		return parse(id).flatMap(repository::find)
			.filter(Correction::isOpen)
			.filter(correction -> handles(editor, correction))
			.map(correction -> {
				String reason = messages.getMessage("correction.reason", new Object[] { correction.whatIsWrong().strip() }, locale);
				return reason.length() <= 500 ? reason : reason.substring(0, 499) + "…";
			});
	}

	/**
	 * The entry was saved from a form opened to apply this suggestion: it is closed as applied, with the
	 * revision that saved it. Answers whether it was (not when it is no longer open, or not this editor's).
	 */
	public boolean applied(String id, EntryType type, String key, long savedVersion, Editor editor) {
		Optional<Correction> correction = beingApplied(id, type, key, editor);
		Optional<Revision> revision = history.atVersion(type, key, savedVersion);
		if (correction.isEmpty() || revision.isEmpty()) {
			return false;
		}
		return close(correction.get().id(), CorrectionStatus.APPLIED, editor, revision.get().id(), null);
	}

	/** Declines an open suggestion, with the reason the person who suggested it will read. */
	public boolean decline(long id, String reason, Editor editor) {
		Optional<Correction> correction = repository.find(id).filter(found -> handles(editor, found));
		return correction.isPresent() && close(id, CorrectionStatus.DECLINED, editor, null, reason.strip());
	}

	private boolean close(long id, CorrectionStatus status, Editor editor, Long revisionId, String reason) {
		if (!repository.close(id, status, editor.accountId(), editor.displayName(), revisionId, reason)) {
			return false;
		}
		Correction closed = repository.find(id).orElseThrow();
		events.publishEvent(new CorrectionStatusChanged(closed, entries.find(closed.entryType(), closed.entryKey()).orElse(null)));
		return true;
	}

	static boolean handles(Editor editor, Correction correction) {
		return editor.isAdministrator() || correction.ownerCountries().contains(editor.countryCode());
	}

	private static Optional<Long> parse(String id) {
		return id != null && id.matches("\\d{1,18}") ? Optional.of(Long.valueOf(id)) : Optional.empty();
	}

	/** 128 random bits, base64url: the address of a status page cannot be guessed. */
	private static String newToken() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
