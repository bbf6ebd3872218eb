package eu.smpcatalogue.export;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.partnership.Element;
import eu.smpcatalogue.partnership.ElementAssessment;
import eu.smpcatalogue.partnership.ElementStatus;
import eu.smpcatalogue.partnership.Figure;
import eu.smpcatalogue.partnership.Involvement.Role;
import eu.smpcatalogue.partnership.Organisation;
import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.partnership.Period;
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

	PartnershipTable(MessageSource messages, PublicUrl publicUrl) {
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	static List<String> header() {
		List<String> header = new ArrayList<>(List.of("slug", "url", "name", "acronym", "alternative_names", "kind",
				"category", "status", "status_note", "start", "end", "period_note", "destination_countries",
				"destination_regions", "origin_countries", "origin_regions", "sectors", "funders", "implementers",
				"partners", "target_group", "skill_level", "summary", "description", "rationale", "operation", "outcomes",
				"budget_amount", "budget_currency", "budget_note"));
		for (Element element : Element.values()) {
			header.add(elementColumn(element));
			header.add(elementColumn(element) + "_evidence");
		}
		header.addAll(List.of("elements_present", "figures", "sources", "catalogue_links", "reporting_country",
				"part_of", "last_verified_on", "created_at", "updated_at"));
		return header;
	}

	/** {@code element_skills_recognition}: the column of one element's status. */
	static String elementColumn(Element element) {
		return "element_" + element.key().replace('-', '_');
	}

	List<String> row(Partnership p, Locale locale) {
		List<String> row = new ArrayList<>(List.of(p.getSlug(), publicUrl.of("/partnerships/" + p.getSlug()),
				text(p.getName(), locale), orEmpty(p.getAcronym()),
				join(p.getAlternativeNames(), alt -> alt.language() == null ? alt.name() : alt.name() + " (" + alt.language() + ")"),
				label("kind", p.getKind(), locale), label("category", p.getCategory(), locale),
				label("status", p.getStatus(), locale), text(p.getStatusNote(), locale), start(p.getPeriod()),
				end(p.getPeriod()), text(p.getPeriod().note(), locale), countries(p.getDestinationCountries(), locale),
				join(p.getDestinationRegions(), region -> region.getName().in(locale)),
				countries(p.getOriginCountries(), locale), join(p.getOriginRegions(), region -> region.getName().in(locale)),
				join(p.getSectors(), sector -> sector.getName().in(locale)), organisations(p, Role.FUNDER, locale),
				organisations(p, Role.IMPLEMENTER, locale), organisations(p, Role.PARTNER, locale),
				text(p.getTargetGroup(), locale), label("skill", p.getSkillLevel(), locale), text(p.getSummary(), locale),
				text(p.getDescription(), locale), text(p.getRationale(), locale), text(p.getOperation(), locale),
				text(p.getOutcomes(), locale), p.getBudgetAmount() == null ? "" : p.getBudgetAmount().toPlainString(),
				orEmpty(p.getBudgetCurrency()), text(p.getBudgetNote(), locale)));
		for (ElementAssessment assessment : p.getElementPanel().values()) {
			row.add(label("elementStatus", assessment.status(), locale));
			row.add(text(assessment.evidence(), locale));
		}
		row.addAll(List.of(Long.toString(p.countElements(ElementStatus.PRESENT)),
				join(p.getFigures(), figure -> figure(figure, locale)),
				join(p.getSources(), source -> Stream.of(source.document().getTitle(),
						source.locator() == null ? null : "(" + source.locator() + ")",
						source.document().getUrl() == null ? null : "<" + source.document().getUrl() + ">")
					.filter(Objects::nonNull)
					.collect(Collectors.joining(" "))),
				join(p.getCatalogueLinks(),
						link -> messages.getMessage("catalogue.link." + link.catalogue(), null, locale) + ": " + link.url()),
				p.getReportingCountry() == null ? "" : country(p.getReportingCountry(), locale),
				p.getPartOf() == null ? "" : p.getPartOf().getSlug(),
				p.getLastVerifiedOn() == null ? "" : p.getLastVerifiedOn().toString(),
				p.getCreatedAt() == null ? "" : p.getCreatedAt().toString(),
				p.getUpdatedAt() == null ? "" : p.getUpdatedAt().toString()));
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

	private String organisations(Partnership partnership, Role role, Locale locale) {
		return join(partnership.organisationsIn(role), (Organisation organisation) -> organisation.getName().in(locale));
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

	static <T> String join(Collection<T> values, Function<T, String> text) {
		return values.stream().map(text).filter(value -> value != null && !value.isBlank()).collect(Collectors.joining(SEPARATOR));
	}

	static String text(LocalizedText text, Locale locale) {
		return text == null || text.isEmpty() ? "" : text.in(locale);
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	/** "2019" or "2019-03": ISO 8601 to the precision the source gives. */
	private static String start(Period period) {
		return period.hasStart() ? yearMonth(period.startYear(), period.startMonth()) : "";
	}

	private static String end(Period period) {
		return period.hasEnd() ? yearMonth(period.endYear(), period.endMonth()) : "";
	}

	private static String yearMonth(int year, Integer month) {
		return month == null ? Integer.toString(year) : String.format(Locale.ROOT, "%04d-%02d", year, month);
	}

	private static String number(BigDecimal value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

}
