package eu.smpcatalogue.catalogue;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.partnership.Figure;
import eu.smpcatalogue.partnership.PartnershipSummary;
import eu.smpcatalogue.partnership.Period;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Periods and figures written out for readers, in their language; used by templates as {@code @formats}. */
@Component("formats")
class Formats {

	private final MessageSource messages;

	Formats(MessageSource messages) {
		this.messages = messages;
	}

	/** "March 2019 – April 2021", "from 2008", "until 2023", or empty when the source gives no dates. */
	public String period(Period period, Locale locale) {
		if (period == null || (!period.hasStart() && !period.hasEnd())) {
			return "";
		}
		String start = period.hasStart() ? monthYear(period.startYear(), period.startMonth(), locale) : null;
		String end = period.hasEnd() ? monthYear(period.endYear(), period.endMonth(), locale) : null;
		if (start != null && end != null) {
			return start.equals(end) ? start : messages.getMessage("period.range", new Object[] { start, end }, locale);
		}
		return start != null ? messages.getMessage("period.from", new Object[] { start }, locale)
				: messages.getMessage("period.until", new Object[] { end }, locale);
	}

	/** "more than 10,000 people", "40,000–50,000 people per year", "less than 2 %". */
	public String figure(Figure figure, Locale locale) {
		String number = number(figure.valueLow(), locale);
		if (figure.isRange()) {
			number = messages.getMessage("figure.range", new Object[] { number, number(figure.valueHigh(), locale) },
					locale);
		}
		String withUnit = messages.getMessage("figure.unit." + figure.unit(), new Object[] { number }, locale);
		return messages.getMessage("figure.qualifier." + figure.qualifier(), new Object[] { withUnit }, locale);
	}

	/** A list row's key figure, short: "about 600 planned", "1 200 reached" (numbers as the language writes them). */
	public String keyFigure(Figure figure, Locale locale) {
		String number = number(figure.valueLow(), locale);
		if (figure.isRange()) {
			number = messages.getMessage("figure.range", new Object[] { number, number(figure.valueHigh(), locale) },
					locale);
		}
		String qualified = messages.getMessage("figure.qualifier." + figure.qualifier(), new Object[] { number }, locale);
		return messages.getMessage("glance.figure." + figure.measure() + "." + figure.unit(), new Object[] { qualified },
				locale);
	}

	/** "Belgium, France": a list of places as one text, so that no stray space comes before a comma. */
	public String places(List<PartnershipSummary.Place> places, Locale locale) {
		return places.stream().map(place -> place.name() == null ? place.code() : place.name().in(locale)).collect(Collectors.joining(", "));
	}

	public String names(List<LocalizedText> names, Locale locale) {
		return names.stream().map(name -> name.in(locale)).collect(Collectors.joining(", "));
	}

	private static String monthYear(int year, Integer month, Locale locale) {
		if (month == null) {
			return Integer.toString(year);
		}
		return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + year;
	}

	private static String number(BigDecimal value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

}
