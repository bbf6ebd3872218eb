package eu.smpcatalogue.editing;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.country.Countries;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.editing.PartnershipForm.ElementRow;
import eu.smpcatalogue.editing.PartnershipForm.FigureRow;
import eu.smpcatalogue.editing.PartnershipForm.LinkRow;
import eu.smpcatalogue.editing.PartnershipMapping.Terms;
import eu.smpcatalogue.history.Action;
import eu.smpcatalogue.history.Author;
import eu.smpcatalogue.history.EntryType;
import eu.smpcatalogue.history.History;
import eu.smpcatalogue.history.PartnershipSnapshot;
import eu.smpcatalogue.history.Revision;
import eu.smpcatalogue.partnership.CatalogueLink;
import eu.smpcatalogue.partnership.Category;
import eu.smpcatalogue.partnership.Element;
import eu.smpcatalogue.partnership.ElementStatus;
import eu.smpcatalogue.partnership.Figure;
import eu.smpcatalogue.partnership.Involvement;
import eu.smpcatalogue.partnership.Kind;
import eu.smpcatalogue.partnership.Organisation;
import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.partnership.PartnershipContent;
import eu.smpcatalogue.partnership.Partnerships;
import eu.smpcatalogue.partnership.Region;
import eu.smpcatalogue.partnership.Sector;
import eu.smpcatalogue.partnership.SkillLevel;
import eu.smpcatalogue.partnership.Status;
import eu.smpcatalogue.partnership.Vocabularies;
import eu.smpcatalogue.source.SourceDocument;
import eu.smpcatalogue.source.SourceDocuments;
import eu.smpcatalogue.verification.Verifications;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creating, editing, retiring and restoring partnerships: checks who may, applies the domain's rules,
 * refuses to overwrite a colleague's save silently, and records every change in the history.
 */
@Service
@Transactional
class PartnershipEditor {

	private final Partnerships partnerships;

	private final Countries countries;

	private final Vocabularies vocabularies;

	private final SourceDocuments sourceDocuments;

	private final History history;

	private final Verifications verifications;

	private final Clock clock;

	PartnershipEditor(Partnerships partnerships, Countries countries, Vocabularies vocabularies,
			SourceDocuments sourceDocuments, History history, Verifications verifications, Clock clock) {
		this.partnerships = partnerships;
		this.countries = countries;
		this.vocabularies = vocabularies;
		this.sourceDocuments = sourceDocuments;
		this.history = history;
		this.verifications = verifications;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PartnershipForm formFor(String slug, Editor editor) {
		return PartnershipMapping.toForm(editable(slug, editor));
	}

	/** Checks the domain's rules, rejecting each failure on the field it concerns. */
	@Transactional(readOnly = true)
	public void validate(PartnershipForm form, Errors errors, Editor editor, String currentSlug) {
		Terms terms = terms(form);
		if (blank(form.getNameEn()) && blank(form.getNameFr())) {
			errors.rejectValue("nameEn", "editing.name.required");
		}
		if (blank(form.getSummaryEn()) && blank(form.getSummaryFr())) {
			errors.rejectValue("summaryEn", "editing.summary.required");
		}
		checkEnum(errors, "kind", form.getKind(), Kind.class);
		checkEnum(errors, "category", form.getCategory(), Category.class);
		checkEnum(errors, "status", form.getStatus(), Status.class);
		checkEnum(errors, "skillLevel", form.getSkillLevel(), SkillLevel.class);
		checkPeriod(form, errors);
		checkLastVerified(form, errors);
		checkAlternativeNames(form, errors);
		if (form.getDestinationCountries().isEmpty() && form.getDestinationRegions().isEmpty()) {
			errors.rejectValue("destinationCountries", "editing.destination.required");
		}
		if (form.getOriginCountries().isEmpty() && form.getOriginRegions().isEmpty()) {
			errors.rejectValue("originCountries", "editing.origin.required");
		}
		checkCodes(errors, "destinationCountries", form.getDestinationCountries(), terms.countries());
		checkCodes(errors, "originCountries", form.getOriginCountries(), terms.countries());
		checkCodes(errors, "destinationRegions", form.getDestinationRegions(), terms.regions());
		checkCodes(errors, "originRegions", form.getOriginRegions(), terms.regions());
		checkCodes(errors, "sectors", form.getSectors(), terms.sectors());
		checkOrganisations(form, errors, terms);
		checkElements(form, errors);
		checkFigures(form, errors, terms);
		checkRepeatedRows(form, errors);
		if (form.getSources().isEmpty()) {
			errors.rejectValue("sources", "editing.sources.required");
		}
		for (int i = 0; i < form.getSources().size(); i++) {
			checkCode(errors, "sources[" + i + "].sourceKey", form.getSources().get(i).getSourceKey(), terms.sources());
		}
		for (int i = 0; i < form.getCatalogueLinks().size(); i++) {
			checkEnum(errors, "catalogueLinks[" + i + "].catalogue", form.getCatalogueLinks().get(i).getCatalogue(),
					CatalogueLink.Catalogue.class);
			if (!isWebAddress(form.getCatalogueLinks().get(i).getUrl())) {
				errors.rejectValue("catalogueLinks[" + i + "].url", "editing.url.invalid");
			}
		}
		if (!blank(form.getReportingCountry()) && !terms.countries().containsKey(form.getReportingCountry())) {
			errors.rejectValue("reportingCountry", "editing.code.unknown");
		}
		checkPartOf(form, errors, editor, terms.partOf(), currentSlug);
		// A new entry's address is the one given or proposed; afterwards only administrators move an entry.
		boolean slugGiven = currentSlug == null || editor.isAdministrator();
		if (slugGiven && !blank(form.getSlug()) && !form.getSlug().equals(currentSlug) && !errors.hasFieldErrors("slug")
				&& partnerships.isSlugTaken(form.getSlug())) {
			errors.rejectValue("slug", "editing.slug.taken");
		}
		if (!EditingPolicy.mayHold(editor, form)) {
			errors.rejectValue("reportingCountry", "editing.scope.outside", new Object[] { editor.countryCode() }, null);
		}
	}

	/**
	 * A new entry left without an address name gets one from its name (English, else French), for the
	 * person to see, and change if it is taken, when the form comes back.
	 */
	void proposeSlug(PartnershipForm form) {
		if (blank(form.getSlug()) && !(blank(form.getNameEn()) && blank(form.getNameFr()))) {
			form.setSlug(slugOf(blank(form.getNameEn()) ? form.getNameFr() : form.getNameEn()));
		}
	}

	/** Creates a partnership from a valid form, at the address name given (or else one made from its name). */
	public Partnership create(PartnershipForm form, Editor editor) {
		String slug = blank(form.getSlug()) ? uniqueSlug(form) : form.getSlug();
		Partnership partnership = Partnership.create(slug, PartnershipMapping.toContent(form, terms(form)),
				clock.instant());
		partnership = partnerships.save(partnership);
		long revision = record(partnership, Action.CREATED, editor, null, 0, form.getReason());
		verifications.edited(EntryType.PARTNERSHIP, key(partnership), author(editor), revision);
		recordParts(null, null, partnership, editor);
		return partnership;
	}

	/**
	 * Saves a valid form over the version the person loaded. If someone saved in between, nothing is
	 * written and the conflict says what they changed. A form that changes nothing writes nothing either:
	 * the partnership comes back with the version the person loaded, and no revision is recorded.
	 */
	public Partnership update(String slug, PartnershipForm form, Editor editor) {
		Partnership partnership = editable(slug, editor);
		long loaded = form.getVersion() == null ? -1 : form.getVersion();
		if (partnership.getVersion() != loaded) {
			throw conflict(partnership, loaded);
		}
		PartnershipSnapshot before = snapshot(partnership);
		long versionBefore = partnership.getVersion();
		Partnership listedBefore = listedIn(partnership);
		String slugBefore = partnership.getSlug();
		PartnershipContent content = PartnershipMapping.toContent(form, terms(form));
		boolean newSlug = editor.isAdministrator() && !blank(form.getSlug()) && !form.getSlug().equals(partnership.getSlug());
		// What the entry would hold after the save, read as it will be stored (a copy that is never saved).
		Partnership after = Partnership.create(newSlug ? form.getSlug() : partnership.getSlug(), content, clock.instant());
		if (before.equals(snapshot(PartnershipMapping.toForm(after)).withParts(before.parts()))) {
			return partnership;
		}
		if (newSlug) {
			partnerships.changeSlug(partnership, form.getSlug());
		}
		partnership.revise(content, clock.instant());
		try {
			partnership = partnerships.save(partnership);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new EditConflictException(loaded + 1, null, null);
		}
		long revision = record(partnership, Action.EDITED, editor, before, versionBefore, form.getReason());
		verifications.edited(EntryType.PARTNERSHIP, key(partnership), author(editor), revision);
		recordParts(listedBefore, slugBefore, partnership, editor);
		return partnership;
	}

	/**
	 * "Checked, nothing to change": the editor confirms the entry as it stands. Nothing of the entry changes,
	 * so no revision is recorded, only the check.
	 */
	public Partnership verify(String slug, Editor editor) {
		Partnership partnership = editable(slug, editor);
		verifications.checked(EntryType.PARTNERSHIP, key(partnership), author(editor));
		return partnership;
	}

	/** Retires an entry, with the reason the editor gave (none when blank), as for every change below. */
	public Partnership retire(String slug, Editor editor, String reason) {
		return change(slug, editor, Action.RETIRED, reason, partnership -> partnership.retire(clock.instant()));
	}

	/** Administrators only (the controller's URL is under their role). */
	public Partnership restore(String slug, Editor editor, String reason) {
		return change(slug, editor, Action.RESTORED, reason, partnership -> partnership.restore(clock.instant()));
	}

	/** Brings back an earlier revision's content, as a new revision. */
	public Partnership revert(String slug, long revisionId, Editor editor, String reason) {
		return change(slug, editor, Action.REVERTED, reason, partnership -> {
			Revision revision = history.find(EntryType.PARTNERSHIP, key(partnership), revisionId)
				.orElseThrow(() -> new EntryNotFoundException("revision " + revisionId));
			PartnershipForm form = SnapshotMapping.form((PartnershipSnapshot) revision.snapshot());
			form.setSlug(partnership.getSlug());
			Terms terms = terms(form);
			if (terms.partOf() != null && !sameEntry(terms.partOf(), partnership.getPartOfEvenIfRetired())
					&& !EditingPolicy.mayLinkTo(editor, terms.partOf())) {
				throw new NotYoursException();
			}
			partnership.revise(PartnershipMapping.toContent(form, terms), clock.instant());
		});
	}

	/**
	 * Rewrites what an entry cites (an administrator merged two organisations or two source documents), as a
	 * revision of its own by that administrator.
	 */
	Partnership rewrite(String slug, Editor editor, UnaryOperator<PartnershipForm> rewrite) {
		return change(slug, editor, Action.MERGED, null, partnership -> {
			PartnershipForm form = rewrite.apply(PartnershipMapping.toForm(partnership));
			partnership.revise(PartnershipMapping.toContent(form, terms(form)), clock.instant());
		});
	}

	/** Applies a change to an entry the editor may change, saves it and records the revision. */
	private Partnership change(String slug, Editor editor, Action action, String reason, Consumer<Partnership> change) {
		Partnership partnership = editable(slug, editor);
		PartnershipSnapshot before = snapshot(partnership);
		long versionBefore = partnership.getVersion();
		Partnership listedBefore = listedIn(partnership);
		String slugBefore = partnership.getSlug();
		change.accept(partnership);
		Partnership saved = partnerships.save(partnership);
		record(saved, action, editor, before, versionBefore, reason);
		recordParts(listedBefore, slugBefore, saved, editor);
		return saved;
	}

	/** The programme whose public list of parts shows this entry: none while the entry is retired. */
	private static Partnership listedIn(Partnership entry) {
		return entry.isRetired() ? null : entry.getPartOfEvenIfRetired();
	}

	/**
	 * An entry joined or left a programme's public list of parts (linked, unlinked, retired or restored):
	 * each programme concerned gets a revision of its own, by the same author, so that its history shows who
	 * added or removed which part.
	 */
	private void recordParts(Partnership listedBefore, String slugBefore, Partnership entry, Editor editor) {
		Partnership listedNow = listedIn(entry);
		if (sameEntry(listedBefore, listedNow)) {
			return;
		}
		if (listedBefore != null) {
			recordPart(listedBefore, Action.PART_REMOVED, slugBefore, editor);
		}
		if (listedNow != null) {
			recordPart(listedNow, Action.PART_ADDED, entry.getSlug(), editor);
		}
	}

	private void recordPart(Partnership programme, Action action, String part, Editor editor) {
		long versionBefore = programme.getVersion();
		programme.partsChanged(clock.instant());
		Partnership saved = partnerships.save(programme);
		PartnershipSnapshot after = snapshot(saved);
		// The entry's own save is already in the database: the state before is the list without (or with) it.
		List<String> parts = new ArrayList<>(after.parts());
		if (action == Action.PART_ADDED) {
			parts.remove(part);
		}
		else if (!parts.contains(part)) {
			parts.add(part);
			parts.sort(null);
		}
		history.record(EntryType.PARTNERSHIP, key(saved), saved.getVersion(), action, author(editor), after,
				after.withParts(parts), versionBefore);
	}

	private static boolean sameEntry(Partnership one, Partnership other) {
		return one == null ? other == null : other != null && one.getId().equals(other.getId());
	}

	private EditConflictException conflict(Partnership current, long loadedVersion) {
		PartnershipSnapshot now = snapshot(current);
		return history.atVersion(EntryType.PARTNERSHIP, key(current), loadedVersion)
			.map(base -> new EditConflictException(current.getVersion(), base.snapshot(), now))
			.orElseGet(() -> new EditConflictException(current.getVersion(), null, now));
	}

	private long record(Partnership partnership, Action action, Editor editor, PartnershipSnapshot before,
			long versionBefore, String reason) {
		return history.record(EntryType.PARTNERSHIP, key(partnership), partnership.getVersion(), action, author(editor),
				snapshot(partnership), before, versionBefore, reason);
	}

	private static Author author(Editor editor) {
		return new Author(editor.accountId(), editor.displayName(), editor.countryCode());
	}

	/** What the history keeps: the form's fields without its version, in the history's own format. */
	PartnershipSnapshot snapshot(PartnershipForm form) {
		return SnapshotMapping.snapshot(form);
	}

	/** The entry as the history keeps it, with the parts readers see on its page. */
	private PartnershipSnapshot snapshot(Partnership partnership) {
		return snapshot(PartnershipMapping.toForm(partnership)).withParts(partnerships.publishedPartSlugs(partnership));
	}

	static String key(Partnership partnership) {
		return partnership.getId().toString();
	}

	private Partnership editable(String slug, Editor editor) {
		Partnership partnership = partnerships.findAny(slug).orElseThrow(() -> new EntryNotFoundException(slug));
		if (!EditingPolicy.mayEdit(editor, partnership)) {
			throw EditingPolicy.notYours(partnership);
		}
		return partnership;
	}

	private Terms terms(PartnershipForm form) {
		Map<String, Country> countryTerms = countries.all()
			.stream()
			.collect(Collectors.toMap(Country::getCode, Function.identity()));
		Partnership partOf = blank(form.getPartOf()) ? null : partnerships.findAny(form.getPartOf()).orElse(null);
		return new Terms(countryTerms, index(vocabularies.regions(), Region::getSlug),
				index(vocabularies.sectors(), Sector::getSlug), index(vocabularies.organisations(), Organisation::getSlug),
				index(sourceDocuments.all(), SourceDocument::getKey), partOf);
	}

	/**
	 * The programme an entry is part of must be another published entry (a retired one is refused as if it
	 * did not exist, so the form confirms nothing), and one the editor may edit, since the entry then shows
	 * on its page. A link already stored is kept as it is; removing one is always allowed.
	 */
	private void checkPartOf(PartnershipForm form, Errors errors, Editor editor, Partnership programme,
			String currentSlug) {
		if (blank(form.getPartOf())) {
			return;
		}
		String stored = currentSlug == null ? null : partnerships.partOfSlug(currentSlug).orElse(null);
		if (form.getPartOf().equals(stored)) {
			return;
		}
		if (programme == null || programme.isRetired() || form.getPartOf().equals(currentSlug)) {
			errors.rejectValue("partOf", "editing.partOf.invalid");
		}
		else if (!EditingPolicy.mayLinkTo(editor, programme)) {
			errors.rejectValue("partOf", "editing.partOf.notYours");
		}
	}

	private String uniqueSlug(PartnershipForm form) {
		String base = slugOf(blank(form.getNameEn()) ? form.getNameFr() : form.getNameEn());
		String slug = base;
		for (int n = 2; partnerships.isSlugTaken(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	/** "THAMM – Towards a Holistic Approach" → "thamm-towards-a-holistic-approach", at most 80 characters. */
	static String slugOf(String name) {
		return slugOf(name, "partnership");
	}

	/** The same for any name; {@code fallback} when the name has no Latin letter or digit. */
	static String slugOf(String name, String fallback) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		if (slug.length() > 80) {
			slug = slug.substring(0, 80).replaceAll("-[^-]*$", "");
		}
		return slug.isEmpty() ? fallback : slug;
	}

	private static void checkPeriod(PartnershipForm form, Errors errors) {
		if (form.getStartMonth() != null && form.getStartYear() == null) {
			errors.rejectValue("startYear", "editing.period.monthWithoutYear");
		}
		if (form.getEndMonth() != null && form.getEndYear() == null) {
			errors.rejectValue("endYear", "editing.period.monthWithoutYear");
		}
		if (form.getStartYear() != null && form.getEndYear() != null) {
			int start = form.getStartYear() * 12 + (form.getStartMonth() == null ? 1 : form.getStartMonth());
			int end = form.getEndYear() * 12 + (form.getEndMonth() == null ? 12 : form.getEndMonth());
			if (end < start) {
				errors.rejectValue("endYear", "editing.period.endBeforeStart");
			}
		}
	}

	private static void checkLastVerified(PartnershipForm form, Errors errors) {
		LocalDate date = form.getLastVerifiedOn();
		if (date != null && (date.getYear() < PartnershipForm.FIRST_YEAR || date.getYear() > PartnershipForm.LAST_YEAR)) {
			errors.rejectValue("lastVerifiedOn", "editing.date.outOfRange",
					new Object[] { PartnershipForm.FIRST_YEAR, PartnershipForm.LAST_YEAR }, null);
		}
	}

	/** A language alone is no name: the row is kept (only wholly blank rows are dropped), so it needs one. */
	private static void checkAlternativeNames(PartnershipForm form, Errors errors) {
		for (int i = 0; i < form.getAlternativeNames().size(); i++) {
			if (blank(form.getAlternativeNames().get(i).getName())) {
				errors.rejectValue("alternativeNames[" + i + "].name", "editing.alternativeName.required");
			}
		}
	}

	/**
	 * Each role's list names known organisations, each once (a checkbox list sends each once: a repeat is a slip of
	 * another client); a list under a name that is no role is refused as a whole, since the form has no such list.
	 */
	private static void checkOrganisations(PartnershipForm form, Errors errors, Terms terms) {
		form.getOrganisations().forEach((role, organisations) -> {
			if (!isEnum(role, Involvement.Role.class)) {
				errors.rejectValue("organisations", "editing.value.invalid");
			}
			else if (new HashSet<>(organisations).size() != organisations.size()) {
				errors.rejectValue("organisations[" + role + "]", "editing.row.repeated");
			}
			else {
				checkCodes(errors, "organisations[" + role + "]", organisations, terms.organisations());
			}
		});
		form.getRoleEvidence().forEach((key, evidence) -> {
			if (!PartnershipMapping.blank(evidence.getSourceKey())) {
				checkCode(errors, "roleEvidence[" + key + "].sourceKey", evidence.getSourceKey(), terms.sources());
			}
		});
	}

	/** The same link once only: a repeat is most likely a slip. */
	private static void checkRepeatedRows(PartnershipForm form, Errors errors) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < form.getCatalogueLinks().size(); i++) {
			LinkRow row = form.getCatalogueLinks().get(i);
			if (row.getUrl() != null && !seen.add(row.getCatalogue() + " " + row.getUrl().strip())) {
				errors.rejectValue("catalogueLinks[" + i + "].url", "editing.row.repeated");
			}
		}
	}

	private static void checkElements(PartnershipForm form, Errors errors) {
		Set<Element> seen = EnumSet.noneOf(Element.class);
		for (int i = 0; i < form.getElements().size(); i++) {
			ElementRow row = form.getElements().get(i);
			String path = "elements[" + i + "]";
			if (!isEnum(row.getElement(), Element.class) || !seen.add(Element.valueOf(row.getElement()))) {
				errors.rejectValue(path + ".element", "editing.value.invalid");
				continue;
			}
			if (!isEnum(row.getStatus(), ElementStatus.class)) {
				errors.rejectValue(path + ".status", "editing.value.invalid");
			}
			else if (!ElementStatus.NOT_DOCUMENTED.name().equals(row.getStatus()) && blank(row.getEvidenceEn())
					&& blank(row.getEvidenceFr())) {
				errors.rejectValue(path + ".evidenceEn", "editing.evidence.required");
			}
		}
		if (seen.size() != Element.values().length) {
			errors.rejectValue("elements", "editing.elements.allFive");
		}
	}

	private static void checkFigures(PartnershipForm form, Errors errors, Terms terms) {
		for (int i = 0; i < form.getFigures().size(); i++) {
			FigureRow row = form.getFigures().get(i);
			String path = "figures[" + i + "]";
			checkEnum(errors, path + ".kind", row.getKind(), Figure.Kind.class);
			checkEnum(errors, path + ".measure", row.getMeasure(), Figure.Measure.class);
			checkEnum(errors, path + ".qualifier", row.getQualifier(), Figure.Qualifier.class);
			checkEnum(errors, path + ".unit", row.getUnit(), Figure.Unit.class);
			if (row.getValueLow() == null) {
				errors.rejectValue(path + ".valueLow", "editing.figure.valueRequired");
			}
			boolean range = Figure.Qualifier.RANGE.name().equals(row.getQualifier());
			if (range != (row.getValueHigh() != null)
					|| (range && row.getValueLow() != null && row.getValueHigh().compareTo(row.getValueLow()) < 0)) {
				errors.rejectValue(path + ".valueHigh", "editing.figure.range");
			}
			if (blank(row.getLabelEn()) && blank(row.getLabelFr())) {
				errors.rejectValue(path + ".labelEn", "editing.figure.labelRequired");
			}
			checkCode(errors, path + ".sourceKey", row.getSourceKey(), terms.sources());
			if (blank(row.getSourceLocator())) {
				errors.rejectValue(path + ".sourceLocator", "editing.figure.locatorRequired");
			}
		}
	}

	private static void checkCodes(Errors errors, String field, List<String> codes, Map<String, ?> terms) {
		if (codes.stream().anyMatch(code -> !terms.containsKey(code)) || new HashSet<>(codes).size() != codes.size()) {
			errors.rejectValue(field, "editing.code.unknown");
		}
	}

	private static void checkCode(Errors errors, String field, String code, Map<String, ?> terms) {
		if (blank(code) || !terms.containsKey(code)) {
			errors.rejectValue(field, "editing.code.unknown");
		}
	}

	private static <E extends Enum<E>> void checkEnum(Errors errors, String field, String value, Class<E> type) {
		if (!isEnum(value, type)) {
			errors.rejectValue(field, "editing.value.invalid");
		}
	}

	private static <E extends Enum<E>> boolean isEnum(String value, Class<E> type) {
		return value != null && Arrays.stream(type.getEnumConstants()).anyMatch(constant -> constant.name().equals(value));
	}

	static boolean isWebAddress(String url) {
		if (blank(url) || url.length() > 1000) {
			return false;
		}
		try {
			URI uri = new URI(url.strip());
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
		return items.stream().collect(Collectors.toMap(key, Function.identity()));
	}

	private static boolean blank(String value) {
		return PartnershipMapping.blank(value);
	}

}
