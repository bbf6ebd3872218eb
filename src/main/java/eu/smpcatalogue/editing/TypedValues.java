package eu.smpcatalogue.editing;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.format.Formatter;
import org.springframework.validation.DataBinder;

/**
 * Numbers and dates in the editing forms as the person's language writes them: 350 shows as 350 (never
 * 3.5E+2), 1200 as "1,200" in English and "1 200" in French, a date as "12 March 2024" or "12 mars 2024".
 * What is read back is generous: plain digits with a point (as the form always took), the language's own
 * grouping and decimal comma, ISO dates, and day/month/year with slashes or dots.
 */
final class TypedValues {

	/** The grouping separator shown in French: a no-break space, so that a number never breaks across lines. */
	static final char FRENCH_GROUPING = '\u00A0';

	private TypedValues() {
	}

	/** Registers both for every number and date of the form the binder binds (and shows). */
	static void register(DataBinder binder) {
		binder.addCustomFormatter(new Decimal(), BigDecimal.class);
		binder.addCustomFormatter(new Day(), LocalDate.class);
	}

	private static boolean french(Locale locale) {
		return locale != null && "fr".equals(locale.getLanguage());
	}

	static final class Decimal implements Formatter<BigDecimal> {

		@Override
		public String print(BigDecimal value, Locale locale) {
			DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(french(locale) ? Locale.FRENCH : Locale.ENGLISH);
			if (french(locale)) {
				symbols.setGroupingSeparator(FRENCH_GROUPING);
			}
			DecimalFormat format = new DecimalFormat("#,##0.###", symbols);
			format.setMaximumFractionDigits(340); // never rounds what was typed or stored
			return format.format(value.stripTrailingZeros());
		}

		@Override
		public BigDecimal parse(String text, Locale locale) throws ParseException {
			String number = text.strip().replaceAll("[\\s\\u00A0\\u202F\\u2009]", "");
			if (french(locale)) {
				if (number.contains(",")) {
					number = number.replace(".", "").replace(',', '.');
				}
			}
			else if (number.matches("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?")) {
				number = number.replace(",", "");
			}
			if (!number.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)")) {
				throw new ParseException(text, 0);
			}
			return new BigDecimal(number);
		}

	}

	static final class Day implements Formatter<LocalDate> {

		private static final List<String> NUMERIC = List.of("d/M/uuuu", "d.M.uuuu", "d-M-uuuu");

		@Override
		public String print(LocalDate value, Locale locale) {
			return DateTimeFormatter.ofPattern("d MMMM uuuu", french(locale) ? Locale.FRENCH : Locale.ENGLISH).format(value);
		}

		@Override
		public LocalDate parse(String text, Locale locale) throws ParseException {
			String date = text.strip().replaceAll("\\s+", " ");
			try {
				return LocalDate.parse(date); // ISO, as a date box sends it
			}
			catch (DateTimeParseException notIso) {
				// one of the others
			}
			Locale language = french(locale) ? Locale.FRENCH : Locale.ENGLISH;
			for (String pattern : List.of("d MMMM uuuu", "d MMM uuuu", NUMERIC.get(0), NUMERIC.get(1), NUMERIC.get(2))) {
				try {
					return LocalDate.parse(date, new DateTimeFormatterBuilder().parseCaseInsensitive()
						.appendPattern(pattern)
						.toFormatter(language)
						.withResolverStyle(java.time.format.ResolverStyle.STRICT));
				}
				catch (DateTimeParseException other) {
					// the next
				}
			}
			throw new ParseException(text, 0);
		}

	}

}
