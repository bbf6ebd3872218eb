package eu.smpcatalogue.editing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.smpcatalogue.editing.PartnershipForm.ElementRow;
import eu.smpcatalogue.editing.PartnershipForm.FigureRow;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * After a save that changed a figure's value, the texts of the entry (in both languages) that still give
 * the old value: most likely written with the old figure and forgotten. A warning for the editor, never a
 * refusal: a text may well speak of the old number on purpose ("up from 350").
 */
final class StaleNumbers {

	/** Separators people put between groups of thousands: comma, point, space, no-break and narrow no-break spaces, apostrophe. */
	private static final List<String> GROUP_SEPARATORS = List.of(",", ".", " ", "\u00A0", "\u202F", "'");

	private static final String SPACES = " \u00A0\u202F'";

	/**
	 * Values under ten are left out: a single digit in a text is more often a box, a section or an item of a
	 * list than the figure.
	 */
	private static final BigDecimal SMALLEST = BigDecimal.TEN;

	private StaleNumbers() {
	}

	/**
	 * Where a text still gives an old value: the message key naming the place and its arguments (an element's
	 * name is itself a message, which the message source resolves).
	 */
	record Where(String key, List<Object> arguments) {

		static Where field(String name) {
			return new Where("field." + name, List.of());
		}

	}

	/** {@code where} still says {@code found} (the old value as written there); the figure is now {@code now}. */
	record Warning(Where where, String found, BigDecimal now) {
	}

	/** The warnings for a save from {@code before} to {@code after}, in the order of the form. */
	static List<Warning> after(PartnershipForm before, PartnershipForm after) {
		List<BigDecimal[]> changes = changedValues(before.getFigures(), after.getFigures());
		if (changes.isEmpty()) {
			return List.of();
		}
		List<Warning> warnings = new ArrayList<>();
		for (Text text : texts(after)) {
			for (BigDecimal[] change : changes) {
				mentions(text.value(), change[0]).stream()
					.findFirst()
					.ifPresent(found -> warnings.add(new Warning(text.where(), found, change[1])));
			}
		}
		return warnings;
	}

	/**
	 * Old and new value of each figure whose value changed, a figure being the row at the same place before
	 * and after. An old value that another figure still has is left out: the texts may be speaking of that one.
	 */
	private static List<BigDecimal[]> changedValues(List<FigureRow> before, List<FigureRow> after) {
		Set<BigDecimal> stillThere = after.stream()
			.flatMap(row -> Stream.of(row.getValueLow(), row.getValueHigh()))
			.filter(Objects::nonNull)
			.map(BigDecimal::stripTrailingZeros)
			.collect(Collectors.toSet());
		List<BigDecimal[]> changes = new ArrayList<>();
		for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
			FigureRow old = before.get(i);
			FigureRow now = after.get(i);
			BigDecimal newHigh = now.getValueHigh() == null ? now.getValueLow() : now.getValueHigh();
			for (BigDecimal[] pair : new BigDecimal[][] { { old.getValueLow(), now.getValueLow() },
					{ old.getValueHigh(), newHigh } }) {
				if (pair[0] != null && pair[1] != null && pair[0].compareTo(pair[1]) != 0
						&& !stillThere.contains(pair[0].stripTrailingZeros())
						&& changes.stream().noneMatch(known -> known[0].compareTo(pair[0]) == 0)) {
					changes.add(pair);
				}
			}
		}
		return changes;
	}

	private record Text(Where where, String value) {
	}

	/** Every text of the entry a number may be written in, in the order of the form. */
	private static List<Text> texts(PartnershipForm form) {
		List<Text> texts = new ArrayList<>();
		String[][] fields = { { "statusNoteEn", form.getStatusNoteEn() }, { "statusNoteFr", form.getStatusNoteFr() },
				{ "periodNoteEn", form.getPeriodNoteEn() }, { "periodNoteFr", form.getPeriodNoteFr() },
				{ "summaryEn", form.getSummaryEn() }, { "summaryFr", form.getSummaryFr() },
				{ "descriptionEn", form.getDescriptionEn() }, { "descriptionFr", form.getDescriptionFr() },
				{ "targetGroupEn", form.getTargetGroupEn() }, { "targetGroupFr", form.getTargetGroupFr() },
				{ "rationaleEn", form.getRationaleEn() }, { "rationaleFr", form.getRationaleFr() },
				{ "operationEn", form.getOperationEn() }, { "operationFr", form.getOperationFr() },
				{ "outcomesEn", form.getOutcomesEn() }, { "outcomesFr", form.getOutcomesFr() },
				{ "budgetNoteEn", form.getBudgetNoteEn() }, { "budgetNoteFr", form.getBudgetNoteFr() } };
		for (String[] field : fields) {
			texts.add(new Text(Where.field(field[0]), field[1]));
		}
		for (ElementRow row : form.getElements()) {
			String code = row.getElement() == null ? "" : row.getElement().toLowerCase(Locale.ROOT).replace('_', '-');
			Object element = new DefaultMessageSourceResolvable(new String[] { "element." + code }, code);
			texts.add(new Text(new Where("editing.stale.where.evidenceEn", List.of(element)), row.getEvidenceEn()));
			texts.add(new Text(new Where("editing.stale.where.evidenceFr", List.of(element)), row.getEvidenceFr()));
		}
		for (int i = 0; i < form.getFigures().size(); i++) {
			FigureRow row = form.getFigures().get(i);
			String number = String.valueOf(i + 1);
			texts.add(new Text(new Where("editing.stale.where.figureLabelEn", List.of(number)), row.getLabelEn()));
			texts.add(new Text(new Where("editing.stale.where.figureLabelFr", List.of(number)), row.getLabelFr()));
		}
		texts.removeIf(text -> text.value() == null || text.value().isBlank());
		return texts;
	}

	/**
	 * The ways {@code text} writes {@code value}, as found: 1200 as 1200, 1 200, 1,200, 1.200 (or with a
	 * no-break space or an apostrophe); 1.5 as 1.5 or 1,5. Not a part of a longer number: 350 is not in 3500,
	 * 1,350, 0.350, 350.5, 350,000 or 350 000. A value that could be a year (1900 to 2100) is looked for only
	 * written with a separator (2,019): written plainly, it is most likely the year.
	 */
	static List<String> mentions(String text, BigDecimal value) {
		if (text == null || value == null || value.compareTo(SMALLEST) < 0) {
			return List.of();
		}
		BigDecimal plain = value.stripTrailingZeros();
		String integer = plain.setScale(0, RoundingMode.DOWN).toPlainString();
		String fraction = plain.scale() > 0 ? plain.toPlainString().substring(integer.length() + 1) : "";
		boolean yearLike = fraction.isEmpty() && plain.compareTo(BigDecimal.valueOf(1900)) >= 0
				&& plain.compareTo(BigDecimal.valueOf(2100)) <= 0;
		Set<String> forms = new LinkedHashSet<>();
		if (!yearLike) {
			forms.add(integer);
		}
		if (integer.length() > 3) {
			for (String separator : GROUP_SEPARATORS) {
				forms.add(grouped(integer, separator));
			}
		}
		if (!fraction.isEmpty()) {
			Set<String> decimals = new LinkedHashSet<>();
			for (String form : forms) {
				decimals.add(form + "." + fraction);
				decimals.add(form + "," + fraction);
			}
			forms = decimals;
		}
		String alternatives = forms.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		Matcher matcher = Pattern.compile("(?<!\\d)(?:" + alternatives + ")(?!\\d)").matcher(text);
		Set<String> found = new LinkedHashSet<>();
		while (matcher.find()) {
			if (!continuesBefore(text, matcher.start()) && !continuesAfter(text, matcher.end())) {
				found.add(matcher.group());
			}
		}
		return List.copyOf(found);
	}

	private static String grouped(String digits, String separator) {
		StringBuilder out = new StringBuilder();
		int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
		out.append(digits, 0, head);
		for (int i = head; i < digits.length(); i += 3) {
			out.append(separator).append(digits, i, i + 3);
		}
		return out.toString();
	}

	/** The match is the end of a longer number: "1,350", "0.350", "1 350". */
	private static boolean continuesBefore(String text, int start) {
		if (start < 2) {
			return false;
		}
		char separator = text.charAt(start - 1);
		if ((separator == '.' || separator == ',') && Character.isDigit(text.charAt(start - 2))) {
			return true;
		}
		if (SPACES.indexOf(separator) >= 0) {
			int digits = 0;
			int i = start - 2;
			while (i >= 0 && Character.isDigit(text.charAt(i))) {
				digits++;
				i--;
			}
			return digits >= 1 && digits <= 3;
		}
		return false;
	}

	/** The match is the start of a longer number: "350.5", "350,000", "350 000". */
	private static boolean continuesAfter(String text, int end) {
		if (end + 1 >= text.length()) {
			return false;
		}
		char separator = text.charAt(end);
		if ((separator == '.' || separator == ',') && Character.isDigit(text.charAt(end + 1))) {
			return true;
		}
		if (SPACES.indexOf(separator) >= 0) {
			int digits = 0;
			int i = end + 1;
			while (i < text.length() && Character.isDigit(text.charAt(i))) {
				digits++;
				i++;
			}
			return digits == 3;
		}
		return false;
	}

}
