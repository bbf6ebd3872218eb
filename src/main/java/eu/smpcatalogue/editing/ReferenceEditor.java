package eu.smpcatalogue.editing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import eu.smpcatalogue.country.Countries;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.editing.PossibleDuplicates.Match;
import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.partnership.Organisation;
import eu.smpcatalogue.partnership.Organisations;
import eu.smpcatalogue.source.SourceDocument;
import eu.smpcatalogue.source.SourceDocuments;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Organisations and source documents that contact points and administrators add, most often from within a
 * partnership form: checked first as the database would check them, compared with what the catalogue
 * already has, then added under a key made from their name (or title), which then stays.
 */
@Service
@Transactional
class ReferenceEditor {

	/** Longest slug or key of an organisation or a document. */
	static final int KEY_LENGTH = 80;

	/** A date as precise as known: 2018, 2018-05 or 2018-05-31. */
	private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

	private final Organisations organisations;

	private final SourceDocuments sources;

	private final Countries countries;

	ReferenceEditor(Organisations organisations, SourceDocuments sources, Countries countries) {
		this.organisations = organisations;
		this.sources = sources;
		this.countries = countries;
	}

	@Transactional(readOnly = true)
	public void validate(OrganisationForm form, Errors errors) {
		if (blank(form.nameEn()) && blank(form.nameFr())) {
			errors.rejectValue("nameEn", "editing.name.required");
		}
		if (form.kind() == null || Arrays.stream(Organisation.Type.values()).noneMatch(type -> type.name().equals(form.kind()))) {
			errors.rejectValue("kind", "editing.value.invalid");
		}
		if (!blank(form.country()) && countries.all().stream().noneMatch(country -> country.getCode().equals(form.country()))) {
			errors.rejectValue("country", "editing.code.unknown");
		}
		checkAddress(errors, "website", form.website());
	}

	@Transactional(readOnly = true)
	public void validate(SourceDocumentForm form, Errors errors) {
		if (blank(form.title())) {
			errors.rejectValue("title", "source.title.required");
		}
		if (!blank(form.published()) && !errors.hasFieldErrors("published") && !isDate(form.published().strip())) {
			errors.rejectValue("published", "source.published.invalid");
		}
		checkAddress(errors, "url", form.url());
		if (!blank(form.language()) && !errors.hasFieldErrors("language")
				&& !LANGUAGE_TAG.matcher(form.language().strip()).matches()) {
			errors.rejectValue("language", "editing.language.invalid");
		}
	}

	/** The organisations that look like the one typed. */
	@Transactional(readOnly = true)
	public List<Match<Organisation>> possibleDuplicates(OrganisationForm form) {
		return PossibleDuplicates.organisations(form, organisations.all());
	}

	@Transactional(readOnly = true)
	public List<Match<SourceDocument>> possibleDuplicates(SourceDocumentForm form) {
		return PossibleDuplicates.sources(form, sources.all());
	}

	/** Adds a valid organisation; its slug comes from its name. */
	public Organisation add(OrganisationForm form) {
		String name = blank(form.nameEn()) ? form.nameFr() : form.nameEn();
		String slug = uniqueKey(PartnershipEditor.slugOf(name, "organisation"), organisations::isSlugTaken);
		Country country = blank(form.country()) ? null : countries.find(form.country()).orElseThrow();
		return organisations.add(Organisation.create(slug, new LocalizedText(strip(form.nameEn()), strip(form.nameFr())),
				strip(form.acronym()), Organisation.Type.valueOf(form.kind()), country, strip(form.website())));
	}

	/** Adds a valid source document; its key comes from its title. */
	public SourceDocument add(SourceDocumentForm form) {
		String key = uniqueKey(PartnershipEditor.slugOf(form.title(), "source"), sources::isKeyTaken);
		return sources.add(SourceDocument.create(key, form.title().strip(), strip(form.publisher()), strip(form.published()),
				strip(form.url()), strip(form.language())));
	}

	/** The slug itself if free, else the first of slug-2, slug-3… that is, each at most {@value #KEY_LENGTH} characters. */
	static String uniqueKey(String slug, Predicate<String> taken) {
		String key = slug;
		for (int n = 2; taken.test(key); n++) {
			String suffix = "-" + n;
			String base = slug.length() + suffix.length() > KEY_LENGTH ? slug.substring(0, KEY_LENGTH - suffix.length()) : slug;
			key = base.replaceAll("-+$", "") + suffix;
		}
		return key;
	}

	/** A year, year-month or year-month-day that exists on the calendar. */
	static boolean isDate(String text) {
		var date = DATE.matcher(text);
		if (!date.matches()) {
			return false;
		}
		try {
			LocalDate.of(Integer.parseInt(date.group(1)), date.group(2) == null ? 1 : Integer.parseInt(date.group(2)),
					date.group(3) == null ? 1 : Integer.parseInt(date.group(3)));
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	private static void checkAddress(Errors errors, String field, String url) {
		if (!blank(url) && !errors.hasFieldErrors(field) && !PartnershipEditor.isWebAddress(url)) {
			errors.rejectValue(field, "editing.url.invalid");
		}
	}

	private static boolean blank(String value) {
		return PartnershipMapping.blank(value);
	}

	private static String strip(String value) {
		return blank(value) ? null : value.strip();
	}

}
