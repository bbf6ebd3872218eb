package eu.smpcatalogue.history;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import eu.smpcatalogue.country.Countries;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.history.PartnershipSnapshot.AlternativeNameRow;
import eu.smpcatalogue.history.PartnershipSnapshot.ElementRow;
import eu.smpcatalogue.history.PartnershipSnapshot.FigureRow;
import eu.smpcatalogue.history.PartnershipSnapshot.LinkRow;
import eu.smpcatalogue.history.PartnershipSnapshot.OrganisationRow;
import eu.smpcatalogue.history.PartnershipSnapshot.SourceRow;
import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.partnership.Organisation;
import eu.smpcatalogue.partnership.Partnerships;
import eu.smpcatalogue.partnership.Region;
import eu.smpcatalogue.partnership.Sector;
import eu.smpcatalogue.partnership.Vocabularies;
import eu.smpcatalogue.source.SourceDocument;
import eu.smpcatalogue.source.SourceDocuments;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Two versions of an entry compared as a reader reads them, in the reader's language: country,
 * organisation, region and sector names rather than codes and slugs, vocabulary terms rather than
 * constants, source titles rather than keys; the rows of a list compared as rows, and the words that
 * changed within a line marked. The labels of the fields come from the bundles ({@code field.<name>}).
 */
@Service
public class Changes {

	/** Between the parts of a row: "People trained · Planned · 350 people". */
	static final String SEPARATOR = " · ";

	private final MessageSource messages;

	private final Countries countries;

	private final Vocabularies vocabularies;

	private final SourceDocuments sources;

	private final Partnerships partnerships;

	Changes(MessageSource messages, Countries countries, Vocabularies vocabularies, SourceDocuments sources,
			Partnerships partnerships) {
		this.messages = messages;
		this.countries = countries;
		this.vocabularies = vocabularies;
		this.sources = sources;
		this.partnerships = partnerships;
	}

	/** The fields that differ from {@code older} to {@code newer}, in the order of the edit form. */
	public List<FieldChange> between(Snapshot older, Snapshot newer, Locale locale) {
		Reading reading = new Reading(locale);
		if (older instanceof PartnershipSnapshot a && newer instanceof PartnershipSnapshot b) {
			reading.partnership(a, b);
		}
		else if (older instanceof CountrySnapshot a && newer instanceof CountrySnapshot b) {
			reading.country(a, b);
		}
		else {
			throw new IllegalArgumentException("Two snapshots of different kinds of entry cannot be compared");
		}
		return reading.changes;
	}

	/** One comparison in one language; names are looked up once, and only when a field that needs them changed. */
	private final class Reading {

		private final Locale locale;

		private final List<FieldChange> changes = new ArrayList<>();

		private final Supplier<Map<String, String>> countryNames = once(() -> names(countries.all(), Country::getCode,
				Country::getName));

		private final Supplier<Map<String, String>> regionNames = once(
				() -> names(vocabularies.regions(), Region::getSlug, Region::getName));

		private final Supplier<Map<String, String>> sectorNames = once(
				() -> names(vocabularies.sectors(), Sector::getSlug, Sector::getName));

		private final Supplier<Map<String, String>> organisationNames = once(
				() -> names(vocabularies.organisations(), Organisation::getSlug, Organisation::getName));

		private final Supplier<Map<String, String>> sourceTitles = once(() -> sources.all()
			.stream()
			.collect(Collectors.toMap(SourceDocument::getKey, SourceDocument::getTitle)));

		Reading(Locale locale) {
			this.locale = locale;
		}

		void partnership(PartnershipSnapshot a, PartnershipSnapshot b) {
			value("slug", a.slug(), b.slug(), Function.identity());
			value("nameEn", a.nameEn(), b.nameEn(), Function.identity());
			value("nameFr", a.nameFr(), b.nameFr(), Function.identity());
			value("acronym", a.acronym(), b.acronym(), Function.identity());
			rows("alternativeNames", a.alternativeNames(), b.alternativeNames(), this::alternativeName, true);
			value("kind", a.kind(), b.kind(), code -> term("kind.", code));
			value("category", a.category(), b.category(), code -> term("category.", code));
			value("status", a.status(), b.status(), code -> term("status.", code));
			value("statusNoteEn", a.statusNoteEn(), b.statusNoteEn(), Function.identity());
			value("statusNoteFr", a.statusNoteFr(), b.statusNoteFr(), Function.identity());
			value("startYear", a.startYear(), b.startYear(), Object::toString);
			value("startMonth", a.startMonth(), b.startMonth(), this::month);
			value("endYear", a.endYear(), b.endYear(), Object::toString);
			value("endMonth", a.endMonth(), b.endMonth(), this::month);
			value("periodNoteEn", a.periodNoteEn(), b.periodNoteEn(), Function.identity());
			value("periodNoteFr", a.periodNoteFr(), b.periodNoteFr(), Function.identity());
			value("summaryEn", a.summaryEn(), b.summaryEn(), Function.identity());
			value("summaryFr", a.summaryFr(), b.summaryFr(), Function.identity());
			value("descriptionEn", a.descriptionEn(), b.descriptionEn(), Function.identity());
			value("descriptionFr", a.descriptionFr(), b.descriptionFr(), Function.identity());
			value("targetGroupEn", a.targetGroupEn(), b.targetGroupEn(), Function.identity());
			value("targetGroupFr", a.targetGroupFr(), b.targetGroupFr(), Function.identity());
			value("skillLevel", a.skillLevel(), b.skillLevel(), code -> term("skill.", code));
			value("rationaleEn", a.rationaleEn(), b.rationaleEn(), Function.identity());
			value("rationaleFr", a.rationaleFr(), b.rationaleFr(), Function.identity());
			value("operationEn", a.operationEn(), b.operationEn(), Function.identity());
			value("operationFr", a.operationFr(), b.operationFr(), Function.identity());
			value("outcomesEn", a.outcomesEn(), b.outcomesEn(), Function.identity());
			value("outcomesFr", a.outcomesFr(), b.outcomesFr(), Function.identity());
			value("budgetAmount", a.budgetAmount(), b.budgetAmount(), this::number);
			value("budgetCurrency", a.budgetCurrency(), b.budgetCurrency(), Function.identity());
			value("budgetNoteEn", a.budgetNoteEn(), b.budgetNoteEn(), Function.identity());
			value("budgetNoteFr", a.budgetNoteFr(), b.budgetNoteFr(), Function.identity());
			rows("destinationCountries", a.destinationCountries(), b.destinationCountries(), this::country, false);
			rows("destinationRegions", a.destinationRegions(), b.destinationRegions(), this::region, false);
			rows("originCountries", a.originCountries(), b.originCountries(), this::country, false);
			rows("originRegions", a.originRegions(), b.originRegions(), this::region, false);
			rows("sectors", a.sectors(), b.sectors(), this::sector, false);
			rows("organisations", a.organisations(), b.organisations(), this::organisation, true);
			rows("elements", a.elements(), b.elements(), this::element, true);
			rows("figures", a.figures(), b.figures(), this::figure, true);
			rows("sources", a.sources(), b.sources(), this::source, true);
			rows("catalogueLinks", a.catalogueLinks(), b.catalogueLinks(), this::link, true);
			value("reportingCountry", a.reportingCountry(), b.reportingCountry(), this::country);
			value("partOf", a.partOf(), b.partOf(), this::partnership);
			value("lastVerifiedOn", a.lastVerifiedOn(), b.lastVerifiedOn(), this::date);
			rows("parts", a.parts(), b.parts(), this::partnership, false);
		}

		void country(CountrySnapshot a, CountrySnapshot b) {
			value("responded", a.responded(), b.responded(), this::answer);
			value("reportedSmps", a.reportedSmps(), b.reportedSmps(), this::yesNo);
			value("publicDebate", a.publicDebate(), b.publicDebate(), this::yesNo);
			value("relatedInitiatives", a.relatedInitiatives(), b.relatedInitiatives(), this::yesNo);
			value("narrativeEn", a.narrativeEn(), b.narrativeEn(), Function.identity());
			value("narrativeFr", a.narrativeFr(), b.narrativeFr(), Function.identity());
			value("contactPointUrl", a.contactPointUrl(), b.contactPointUrl(), Function.identity());
			value("contactPointUrlLikely", a.contactPointUrlLikely(), b.contactPointUrlLikely(), Function.identity());
		}

		/** A single value: one line, its changed words marked. */
		private <T> void value(String field, T before, T after, Function<T, String> show) {
			if (!Objects.equals(before, after)) {
				changes.add(new FieldChange(field, List.of(TextDiff.words(shown(before, show), shown(after, show)))));
			}
		}

		/** A list: its rows as a reader reads them, compared row by row. */
		private <T> void rows(String field, List<T> before, List<T> after, Function<T, String> show, boolean pairRows) {
			if (!before.equals(after)) {
				List<ChangedLine> lines = TextDiff.rows(before.stream().map(row -> shown(row, show)).toList(),
						after.stream().map(row -> shown(row, show)).toList(), pairRows);
				if (!lines.isEmpty()) {
					changes.add(new FieldChange(field, lines));
				}
			}
		}

		private <T> String shown(T value, Function<T, String> show) {
			return value == null ? "" : Objects.requireNonNullElse(show.apply(value), "");
		}

		private String alternativeName(AlternativeNameRow row) {
			if (row.language() == null) {
				return Objects.requireNonNullElse(row.name(), "");
			}
			String language = Locale.forLanguageTag(row.language()).getDisplayLanguage(locale);
			return Objects.requireNonNullElse(row.name(), "") + " ("
					+ (language.isBlank() ? row.language() : language) + ")";
		}

		private String organisation(OrganisationRow row) {
			return join(lookUp(organisationNames, row.organisation()), constant("role.", row.role()), row.evidenceEn(),
					row.evidenceFr(), lookUp(sourceTitles, row.sourceKey()), row.sourceLocator());
		}

		private String element(ElementRow row) {
			return join(term("element.", row.element()), term("elementStatus.", row.status()), row.evidenceEn(),
					row.evidenceFr());
		}

		private String figure(FigureRow row) {
			return join(constant("figure.kind.", row.kind()), constant("figure.measure.", row.measure()),
					figureValue(row), row.labelEn(), row.labelFr(), lookUp(sourceTitles, row.sourceKey()),
					row.sourceLocator());
		}

		/** "more than 10,000 people", "40,000–50,000 people per year", as the detail page writes them. */
		private String figureValue(FigureRow row) {
			String number = number(row.valueLow());
			if (row.valueHigh() != null) {
				number = message("figure.range", number, number(row.valueHigh()));
			}
			String withUnit = row.unit() == null ? number : message("figure.unit." + row.unit(), number);
			return row.qualifier() == null ? withUnit : message("figure.qualifier." + row.qualifier(), withUnit);
		}

		private String source(SourceRow row) {
			return join(lookUp(sourceTitles, row.sourceKey()), row.locator());
		}

		private String link(LinkRow row) {
			return join(constant("catalogue.link.", row.catalogue()), row.url());
		}

		private String country(String code) {
			return lookUp(countryNames, code);
		}

		private String region(String slug) {
			return lookUp(regionNames, slug);
		}

		private String sector(String slug) {
			return lookUp(sectorNames, slug);
		}

		private String partnership(String slug) {
			return partnerships.findAny(slug)
				.map(partnership -> partnership.getName().in(locale))
				.filter(name -> name != null && !name.isBlank())
				.orElse(slug);
		}

		private String month(Integer month) {
			return month >= 1 && month <= 12 ? Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale)
					: month.toString();
		}

		private String number(BigDecimal value) {
			if (value == null) {
				return "";
			}
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMaximumFractionDigits(2);
			return format.format(value);
		}

		private String date(LocalDate date) {
			return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
		}

		private String answer(String responded) {
			return switch (responded) {
				case "YES" -> message("yes");
				case "NO" -> message("no");
				case "NOT_AMONG_RESPONDENTS" -> message("emn.notAmongRespondents");
				default -> "";
			};
		}

		private String yesNo(Boolean value) {
			return message(value ? "yes" : "no");
		}

		/** A term of the vocabulary: {@code kind.pilot-project} for {@code PILOT_PROJECT}. */
		private String term(String prefix, String constant) {
			return constant == null ? ""
					: messages.getMessage(prefix + constant.toLowerCase(Locale.ROOT).replace('_', '-'), null, constant,
							locale);
		}

		/** A constant named as it is in the bundles: {@code role.FUNDER}. */
		private String constant(String prefix, String constant) {
			return constant == null ? "" : messages.getMessage(prefix + constant, null, constant, locale);
		}

		private String message(String key, Object... arguments) {
			return messages.getMessage(key, arguments, locale);
		}

		private String lookUp(Supplier<Map<String, String>> names, String key) {
			return key == null ? "" : names.get().getOrDefault(key, key);
		}

		private <T> Map<String, String> names(List<T> items, Function<T, String> key, Function<T, LocalizedText> name) {
			return items.stream()
				.filter(item -> name.apply(item) != null && name.apply(item).in(locale) != null)
				.collect(Collectors.toMap(key, item -> name.apply(item).in(locale)));
		}

		private static String join(String... parts) {
			return Arrays.stream(parts).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(SEPARATOR));
		}

	}

	/** Computes a value the first time it is asked for. */
	private static <T> Supplier<T> once(Supplier<T> compute) {
		return new Supplier<>() {

			private T value;

			@Override
			public T get() {
				if (value == null) {
					value = compute.get();
				}
				return value;
			}

		};
	}

}
