package eu.smpcatalogue.export;

import java.math.BigDecimal;
import java.text.Collator;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.smpcatalogue.citation.References;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.occupation.CodedFacts;
import eu.smpcatalogue.occupation.Coding;
import eu.smpcatalogue.occupation.SkillLevelEvidence;
import eu.smpcatalogue.partnership.Element;
import eu.smpcatalogue.partnership.ElementAssessment;
import eu.smpcatalogue.partnership.ElementStatus;
import eu.smpcatalogue.partnership.Figure;
import eu.smpcatalogue.partnership.Involvement.Role;
import eu.smpcatalogue.partnership.Organisation;
import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.partnership.Vocabulary;
import eu.smpcatalogue.system.PublicUrl;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A partnership as one CSV row: every field, many-valued ones joined with "; " so that a spreadsheet
 * cell stays readable. Column names are stable (docs/exports.md); values are in the reader's language.
 */
@Component
class PartnershipTable {

	static final String SEPARATOR = "; ";

	private final MessageSource messages;

	private final PublicUrl publicUrl;

	private final References references;

	private final CodedFacts codedFacts;

	PartnershipTable(MessageSource messages, PublicUrl publicUrl, References references, CodedFacts codedFacts) {
		this.codedFacts = codedFacts;
		this.messages = messages;
		this.publicUrl = publicUrl;
		this.references = references;
	}

	static List<String> header() {
		List<String> header = new ArrayList<>(List.of("slug", "url", "name", "acronym", "alternative_names", "kind",
				"category", "status", "status_note", "start_year", "start_month", "end_year", "end_month", "period_note", "destination_countries",
				"destination_regions", "origin_countries", "origin_regions", "sectors"));
		for (Role role : Role.values()) {
			header.add(roleColumn(role));
		}
		header.add("organisation_evidence");
		header.addAll(List.of("target_group", "skill_level", "skill_level_sentence", "eqf_level", "isco_codes",
				"occupations", "summary", "description", "rationale", "operation", "outcomes",
				"budget_amount", "budget_currency", "budget_note"));
		for (Element element : Element.values()) {
			header.add(elementColumn(element));
			header.add(elementColumn(element) + "_evidence");
		}
		header.addAll(List.of("elements_present", "figures", "sources", "catalogue_links", "reporting_country",
				"part_of", "last_verified_on", "created_at", "updated_at", "source_edition"));
		return header;
	}

	/** A column's width in a spreadsheet, in characters: long texts wide, numbers and codes narrow. */
	static double width(String column) {
		if (LONG_TEXTS.contains(column) || column.endsWith("_evidence")) {
			return 60;
		}
		if (column.endsWith("_year") || column.endsWith("_month") || column.equals("elements_present")
				|| column.equals("eqf_level")) {
			return 12;
		}
		if (column.equals("name") || column.equals("url") || column.endsWith("_countries") || column.endsWith("_regions")
				|| List.of("sectors", "alternative_names").contains(column)
				|| Arrays.stream(Role.values()).map(PartnershipTable::roleColumn).anyMatch(column::equals)) {
			return 40;
		}
		return Math.max(14, column.length() + 4);
	}

	private static final Set<String> LONG_TEXTS = Set.of("skill_level_sentence", "occupations", "summary", "description", "rationale", "operation", "outcomes",
			"status_note", "budget_note", "target_group", "figures", "sources", "catalogue_links", "period_note", "source_edition",
			"organisation_evidence");

	/**
	 * The column of the organisations in one role, named after the role as before the roles were widened:
	 * {@code funders}, {@code implementers}, {@code partners}, {@code commissioning_authorities}...
	 */
	static String roleColumn(Role role) {
		return switch (role) {
			case COMMISSIONING_AUTHORITY -> "commissioning_authorities";
			case FUNDER -> "funders";
			case IMPLEMENTER -> "implementers";
			case TRAINING_PROVIDER -> "training_providers";
			case RECOGNITION_BODY -> "recognition_bodies";
			case PLACEMENT -> "placement_recruitment";
			case EMPLOYER -> "employers";
			case PARTNER -> "partners";
		};
	}

	/** {@code element_skills_recognition}: the column of one element's status. */
	static String elementColumn(Element element) {
		return "element_" + element.key().replace('-', '_');
	}

	/**
	 * One partnership's cells, typed: text, numbers (years and months as {@link Integer}, the budget as
	 * {@link BigDecimal}, the count of elements as {@link Long}), dates ({@link java.time.LocalDate}) and
	 * instants ({@link java.time.Instant}); null where the entry says nothing. The CSV writes them as text,
	 * the spreadsheet as typed cells.
	 */
	List<Object> row(Partnership p, Locale locale) {
		return row(p, codedFacts.of(p.getId()), locale);
	}

	/** A page of partnerships' rows, their coded facts read for the whole page at once. */
	List<List<Object>> rows(List<Partnership> page, Locale locale) {
		Map<Long, Coding> codings = codedFacts.of(page.stream().map(Partnership::getId).toList());
		return page.stream().map(p -> row(p, CodedFacts.orNone(codings, p.getId()), locale)).toList();
	}

	private List<Object> row(Partnership p, Coding coding, Locale locale) {
		SkillLevelEvidence evidence = coding.skillLevel() != null && coding.skillLevel().supports(p.getSkillLevel())
				? coding.skillLevel() : null;
		List<Object> row = new ArrayList<>(Arrays.asList(p.getSlug(), publicUrl.of("/partnerships/" + p.getSlug()),
				text(p.getName(), locale), orEmpty(p.getAcronym()),
				join(p.getAlternativeNames(), alt -> alt.language() == null ? alt.name() : alt.name() + " (" + alt.language() + ")"),
				label("kind", p.getKind(), locale), label("category", p.getCategory(), locale),
				label("status", p.getStatus(), locale), text(p.getStatusNote(), locale), p.getPeriod().startYear(),
				p.getPeriod().startMonth(), p.getPeriod().endYear(), p.getPeriod().endMonth(),
				text(p.getPeriod().note(), locale), countries(p.getDestinationCountries(), locale),
				sorted(p.getDestinationRegions(), region -> region.getName().in(locale), locale),
				countries(p.getOriginCountries(), locale),
				sorted(p.getOriginRegions(), region -> region.getName().in(locale), locale),
				sorted(p.getSectors(), sector -> sector.getName().in(locale), locale)));
		for (Role role : Role.values()) {
			row.add(organisations(p, role, locale));
		}
		row.add(organisationEvidence(p, locale));
		row.addAll(Arrays.asList(text(p.getTargetGroup(), locale), label("skill", p.getSkillLevel(), locale),
				evidence == null ? "" : evidence.sentence().in(locale) + " (" + evidence.locator() + ")",
				evidence == null ? null : evidence.eqfLevel(), String.join(SEPARATOR, coding.iscoCodes()),
				join(coding.occupations(), occupation -> occupation.group().label(locale) + " – " + occupation.words().in(locale)),
				text(p.getSummary(), locale),
				text(p.getDescription(), locale), text(p.getRationale(), locale), text(p.getOperation(), locale),
				text(p.getOutcomes(), locale), p.getBudgetAmount(), orEmpty(p.getBudgetCurrency()),
				text(p.getBudgetNote(), locale)));
		for (ElementAssessment assessment : p.getElementPanel().values()) {
			row.add(label("elementStatus", assessment.status(), locale));
			row.add(text(assessment.evidence(), locale));
		}
		row.addAll(Arrays.asList(p.countElements(ElementStatus.PRESENT),
				join(p.getFigures(), figure -> figure(figure, locale)),
				join(p.getSources(), source -> Stream.of(source.document().getTitle(),
						source.locator() == null ? null : "(" + source.locator() + ")",
						source.document().getUrl() == null ? null : "<" + source.document().getUrl() + ">")
					.filter(Objects::nonNull)
					.collect(Collectors.joining(" "))),
				sorted(p.getCatalogueLinks(),
						link -> messages.getMessage("catalogue.link." + link.catalogue(), null, locale) + ": " + link.url(), locale),
				p.getReportingCountry() == null ? "" : country(p.getReportingCountry(), locale),
				p.getPartOf() == null ? "" : p.getPartOf().getSlug(),
				p.getLastVerifiedOn(), p.getCreatedAt(), p.getUpdatedAt(),
				// The edition of the EMN inform the row comes from, worded as the citations name it.
				references.edition(locale)));
		return row;
	}

	/** "Participants, planned: about 350 people – young people trained [EMN inform, Box 4]". */
	String figure(Figure figure, Locale locale) {
		String number = number(figure.valueLow(), locale);
		if (figure.isRange()) {
			number = messages.getMessage("figure.range", new Object[] { number, number(figure.valueHigh(), locale) }, locale);
		}
		String value = messages.getMessage("figure.qualifier." + figure.qualifier(),
				new Object[] { messages.getMessage("figure.unit." + figure.unit(), new Object[] { number }, locale) }, locale);
		StringBuilder text = new StringBuilder(messages.getMessage("exports.figure",
				new Object[] { messages.getMessage("figure.kind." + figure.kind(), null, locale),
						messages.getMessage("figure.measure." + figure.measure(), null, locale).toLowerCase(locale), value },
				locale));
		if (figure.label() != null && !figure.label().isEmpty()) {
			text.append(" – ").append(figure.label().in(locale));
		}
		String where = Stream.of(figure.source() == null ? null : figure.source().getTitle(), figure.sourceLocator())
			.filter(Objects::nonNull)
			.collect(Collectors.joining(", "));
		if (!where.isEmpty()) {
			text.append(" [").append(where).append(']');
		}
		return text.toString();
	}

	/**
	 * Each role with its organisation and the source's sentence, in the roles' order:
	 * {@code Commissioning authority – German Federal Ministry…: «Mandatée par…» [EMN inform, Box 7]}. The
	 * sentence is the one in the reader's language where there is one (the French quote otherwise).
	 */
	private String organisationEvidence(Partnership partnership, Locale locale) {
		return partnership.getInvolvementsByRole()
			.entrySet()
			.stream()
			.flatMap(entry -> entry.getValue().stream())
			.map(involvement -> messages.getMessage("role." + involvement.role().name(), null, locale) + " – "
					+ involvement.organisation().getName().in(locale)
					+ (involvement.hasEvidence() ? ": «" + involvement.evidence().in(locale) + "»" : "")
					+ (involvement.source() == null && involvement.sourceLocator() == null ? ""
							: " [" + String.join(", ", java.util.stream.Stream.of(
									involvement.source() == null ? null : involvement.source().getTitle(),
									involvement.sourceLocator()).filter(java.util.Objects::nonNull).toList()) + "]"))
			.collect(java.util.stream.Collectors.joining("; "));
	}

	private String organisations(Partnership partnership, Role role, Locale locale) {
		return sorted(partnership.organisationsIn(role), (Organisation organisation) -> organisation.getName().in(locale), locale);
	}

	private String label(String prefix, Vocabulary term, Locale locale) {
		return term == null ? "" : messages.getMessage(prefix + "." + term.key(), null, term.key(), locale);
	}

	static String countries(Collection<Country> countries, Locale locale) {
		return join(countries, country -> country(country, locale));
	}

	/** "BE Belgium": the ISO code for machines, the name for people. */
	static String country(Country country, Locale locale) {
		return country.getCode() + " " + country.getName().in(locale);
	}

	/**
	 * Values of a set, which has no order of its own (the database returns them as it likes), in alphabetical
	 * order: the same selection downloaded twice is the same file.
	 */
	static <T> String sorted(Collection<T> values, Function<T, String> text, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return values.stream()
			.map(text)
			.filter(value -> value != null && !value.isBlank())
			.sorted(Comparator.comparing((String value) -> value, collator).thenComparing(Comparator.naturalOrder()))
			.collect(Collectors.joining(SEPARATOR));
	}

	static <T> String join(Collection<T> values, Function<T, String> text) {
		return values.stream().map(text).filter(value -> value != null && !value.isBlank()).collect(Collectors.joining(SEPARATOR));
	}

	static String text(LocalizedText text, Locale locale) {
		return text == null || text.isEmpty() ? "" : text.in(locale);
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	private static String number(BigDecimal value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

}
