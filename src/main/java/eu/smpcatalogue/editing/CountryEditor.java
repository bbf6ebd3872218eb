package eu.smpcatalogue.editing;

import java.time.Clock;

import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.country.Countries;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.country.EmnAnswer;
import eu.smpcatalogue.history.Action;
import eu.smpcatalogue.history.Author;
import eu.smpcatalogue.history.CountrySnapshot;
import eu.smpcatalogue.history.EntryType;
import eu.smpcatalogue.history.History;
import eu.smpcatalogue.history.Revision;
import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.verification.Verifications;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Editing a country's EMN answer: its contact point's or an administrator's, conflict-safe, with history. */
@Service
@Transactional
class CountryEditor {

	private final Countries countries;

	private final History history;

	private final Verifications verifications;

	private final Clock clock;

	CountryEditor(Countries countries, History history, Verifications verifications, Clock clock) {
		this.countries = countries;
		this.history = history;
		this.verifications = verifications;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CountryForm formFor(String code, Editor editor) {
		return CountryForm.of(editable(code, editor));
	}

	void validate(CountryForm form, Errors errors) {
		if (!"YES".equals(form.responded()) && form.reportedSmps()) {
			errors.rejectValue("reportedSmps", "editing.country.reportedWithoutAnswer");
		}
		if (form.responded() != null && !form.responded().matches("YES|NO|NOT_AMONG_RESPONDENTS|")) {
			errors.rejectValue("responded", "editing.value.invalid");
		}
		if (form.contactPointUrl() != null && !form.contactPointUrl().isBlank()
				&& !PartnershipEditor.isWebAddress(form.contactPointUrl())) {
			errors.rejectValue("contactPointUrl", "editing.url.invalid");
		}
		if (form.contactPointUrlLikely() != null && !form.contactPointUrlLikely().isBlank()
				&& !PartnershipEditor.isWebAddress(form.contactPointUrlLikely())) {
			errors.rejectValue("contactPointUrlLikely", "editing.url.invalid");
		}
	}

	/**
	 * Saves a valid form over the version the person loaded, or refuses with what changed since. A form
	 * that changes nothing writes nothing: the country comes back with the version the person loaded.
	 * {@code code} is the address as typed (any case, EL for Greece); the revision goes under the
	 * country's own code, where its history is read.
	 */
	public Country update(String code, CountryForm form, Editor editor) {
		Country country = editable(code, editor);
		long loaded = form.version() == null ? -1 : form.version();
		if (country.getVersion() != loaded) {
			CountrySnapshot now = snapshot(CountryForm.of(country));
			throw history.atVersion(EntryType.COUNTRY, country.getCode(), loaded)
				.map(base -> new EditConflictException(country.getVersion(), base.snapshot(), now))
				.orElseGet(() -> new EditConflictException(country.getVersion(), null, now));
		}
		CountrySnapshot before = snapshot(CountryForm.of(country));
		long versionBefore = country.getVersion();
		if (before.equals(snapshot(form))) {
			return country;
		}
		apply(country, form);
		Country saved;
		try {
			saved = countries.save(country);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new EditConflictException(loaded + 1, null, null);
		}
		long revision = history.record(EntryType.COUNTRY, saved.getCode(), saved.getVersion(), Action.EDITED,
				author(editor), snapshot(CountryForm.of(saved)), before, versionBefore, form.reason());
		verifications.edited(EntryType.COUNTRY, saved.getCode(), author(editor), revision);
		return saved;
	}

	/** "Checked, nothing to change": records the check, and no revision since nothing changed. */
	public Country verify(String code, Editor editor) {
		Country country = editable(code, editor);
		verifications.checked(EntryType.COUNTRY, country.getCode(), author(editor));
		return country;
	}

	/** Brings back an earlier revision's content, as a new revision, with the reason given (none when blank). */
	public Country revert(String code, long revisionId, Editor editor, String reason) {
		Country country = editable(code, editor);
		Revision revision = history.find(EntryType.COUNTRY, country.getCode(), revisionId)
			.orElseThrow(() -> new EntryNotFoundException("revision " + revisionId));
		CountrySnapshot before = snapshot(CountryForm.of(country));
		long versionBefore = country.getVersion();
		apply(country, SnapshotMapping.form((CountrySnapshot) revision.snapshot()));
		Country saved = countries.save(country);
		history.record(EntryType.COUNTRY, saved.getCode(), saved.getVersion(), Action.REVERTED, author(editor),
				snapshot(CountryForm.of(saved)), before, versionBefore, reason);
		return saved;
	}

	private void apply(Country country, CountryForm form) {
		Boolean responded = switch (form.responded() == null ? "" : form.responded()) {
			case "YES" -> true;
			case "NO" -> false;
			default -> null;
		};
		// Only a country that answered can have reported SMPs or not: otherwise there is nothing to store.
		country.reviseAnswer(new EmnAnswer(responded, Boolean.TRUE.equals(responded) ? form.reportedSmps() : null,
				form.publicDebate(), form.relatedInitiatives(),
				new LocalizedText(strip(form.narrativeEn()), strip(form.narrativeFr())), strip(form.contactPointUrl()),
				"NOT_AMONG_RESPONDENTS".equals(form.responded()), strip(form.contactPointUrlLikely())),
				clock.instant());
	}

	/** What the history keeps: the form's fields without its version, in the history's own format. */
	private CountrySnapshot snapshot(CountryForm form) {
		return SnapshotMapping.snapshot(form);
	}

	private Country editable(String code, Editor editor) {
		Country country = countries.find(code).orElseThrow(() -> new EntryNotFoundException(code));
		if (!EditingPolicy.mayEdit(editor, country)) {
			throw EditingPolicy.notYours(country);
		}
		return country;
	}

	private static Author author(Editor editor) {
		return new Author(editor.accountId(), editor.displayName(), editor.countryCode());
	}

	private static String strip(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
